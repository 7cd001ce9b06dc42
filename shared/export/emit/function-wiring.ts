import { accessConfig, MountConfig } from '../../catalog/connections/configs';
import type { DesignEdge, NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { environmentName, freeName } from '../environment-names';
import type { DestinationPlan, FunctionPlan, Grant, PolicyStatement } from '../function-plan';
import { GetAtt, type Intrinsic, Ref, sub } from '../intrinsics';
import { functionArnFor, functionNameFor } from '../references';
import { accessPlan, type AccessMode } from './access-grants';
import { edgeConfig } from './edge-config';

const AccessConfig = accessConfig('read-write');
const MAX_LAYERS = 5;

const allow = (Action: string[], Resource: unknown): PolicyStatement => ({ Effect: 'Allow', Action, Resource });

/** Where the explanation of IAM changes points: the role this exporter writes, or the SAM function that holds its policies. */
export function iamHolder(plan: FunctionPlan): string {
  return plan.policyId ?? plan.roleId ?? plan.id;
}

function addVariable(ctx: ExportContext, plan: FunctionPlan, edge: DesignEdge, name: string, value: unknown, what: string): void {
  if (plan.edge) {
    ctx.explain(edge.id, { what: 'environment', summary: `No ${name} variable`, reason: 'Lambda@Edge functions cannot have environment variables.' });
    return;
  }
  if (plan.environmentTargets.get(name) === edge.target) {
    ctx.explain(edge.id, { what: 'environment', logicalId: plan.id, summary: `${name} on ${plan.node.name} (set by another connection)`, reason: `Tells the code which ${what} to use, without hard-coding its name.` });
    return;
  }
  const key = freeName((k) => plan.environment.has(k) || k in plan.node.config.environment, name);
  plan.environment.set(key, value);
  plan.environmentTargets.set(key, edge.target);
  ctx.explain(edge.id, { what: 'environment', logicalId: plan.id, summary: `${key} on ${plan.node.name}`, reason: `Tells the code which ${what} to use, without hard-coding its name.` });
}

function wireAccess(ctx: ExportContext, plan: FunctionPlan, edge: DesignEdge): void {
  const target = ctx.index.node(edge.target);
  if (!target) return;
  const config = edgeConfig(edge, AccessConfig);
  const mode: AccessMode = edge.meaning === 'access' ? config.mode : 'write';
  const access = accessPlan(ctx, target, mode);
  if (!access) return;
  plan.grants.push(...access.grants);
  ctx.explain(edge.id, {
    what: 'iam',
    logicalId: iamHolder(plan),
    summary: `${plan.node.name} ${access.summary}`,
    reason: 'Least privilege: the function may do what the connection says, on this resource only.',
  });
  const [first, ...more] = access.variables;
  if (!first) return;
  const primary = environmentName(config.environmentVariable, target.name, target.kind, first[0]);
  addVariable(ctx, plan, edge, primary, first[1], target.name);
  for (const [attribute, value] of more) {
    const stem = primary.endsWith(`_${first[0]}`) ? primary.slice(0, -first[0].length - 1) : primary;
    addVariable(ctx, plan, edge, `${stem}_${attribute}`, value, target.name);
  }
}

/** ARN and IAM for a destination (async results, dead letters, failed stream batches). */
export function destinationOf(ctx: ExportContext, target: NodeOfKind<'sqs-queue' | 'sns-topic' | 'eventbridge-bus' | 'lambda-function'>): { arn: Intrinsic; grant: Grant } {
  const id = ctx.idOf(target.id);
  switch (target.kind) {
    case 'sqs-queue':
      return { arn: new GetAtt(id, 'Arn'), grant: { sam: { SQSSendMessagePolicy: { QueueName: new GetAtt(id, 'QueueName') } }, statements: [allow(['sqs:SendMessage'], new GetAtt(id, 'Arn'))] } };
    case 'sns-topic':
      return { arn: new Ref(id), grant: { sam: { SNSPublishMessagePolicy: { TopicName: new GetAtt(id, 'TopicName') } }, statements: [allow(['sns:Publish'], new Ref(id))] } };
    case 'eventbridge-bus':
      return { arn: new GetAtt(id, 'Arn'), grant: { sam: { EventBridgePutEventsPolicy: { EventBusName: new Ref(id) } }, statements: [allow(['events:PutEvents'], new GetAtt(id, 'Arn'))] } };
    case 'lambda-function':
      return {
        arn: functionArnFor(ctx, target.id),
        grant: { sam: { LambdaInvokePolicy: { FunctionName: functionNameFor(ctx, target.id) } }, statements: [allow(['lambda:InvokeFunction'], [functionArnFor(ctx, target.id), functionArnFor(ctx, target.id, true)])] },
      };
  }
}

function wireDestinations(ctx: ExportContext, plan: FunctionPlan): void {
  for (const meaning of ['on-success', 'on-failure'] as const) {
    ctx.index.out(plan.node.id, meaning).forEach((edge, i) => {
      const target = ctx.index.node(edge.target);
      if (!target || !['sqs-queue', 'sns-topic', 'eventbridge-bus', 'lambda-function'].includes(target.kind)) return;
      if (i > 0) {
        ctx.explain(edge.id, { what: 'other', summary: 'Not written', reason: `A function has one ${meaning} destination; an earlier connection provides it.` });
        return;
      }
      const { arn, grant } = destinationOf(ctx, target as NodeOfKind<'sqs-queue' | 'sns-topic' | 'eventbridge-bus' | 'lambda-function'>);
      const destination: DestinationPlan = { edgeId: edge.id, targetNodeId: target.id, targetKind: target.kind, arn };
      if (meaning === 'on-success') plan.onSuccess = destination;
      else plan.onFailure = destination;
      plan.implicitGrants.push(grant);
      ctx.explain(edge.id, {
        what: 'destination',
        logicalId: plan.eventInvokeConfigId ?? plan.id,
        summary: `EventInvokeConfig ${meaning === 'on-success' ? 'OnSuccess' : 'OnFailure'} of ${plan.node.name} is ${target.name}`,
        reason: meaning === 'on-success' ? 'Lambda sends a record of each successful asynchronous invocation here.' : 'Lambda sends a record of each asynchronous invocation that fails every retry here.',
      });
      ctx.explain(edge.id, {
        what: 'iam',
        logicalId: iamHolder(plan),
        summary: `${plan.node.name} may deliver to ${target.name}`,
        reason: 'Lambda sends the invocation record with the function’s own role.',
      });
    });
  }
  ctx.index.out(plan.node.id, 'dead-letter').forEach((edge, i) => {
    const target = ctx.index.node(edge.target);
    if (target?.kind !== 'sqs-queue' && target?.kind !== 'sns-topic') return;
    if (i > 0) {
      ctx.explain(edge.id, { what: 'other', summary: 'Not written', reason: 'A function has one dead-letter queue; an earlier connection provides it.' });
      return;
    }
    const { arn, grant } = destinationOf(ctx, target);
    plan.deadLetter = { type: target.kind === 'sqs-queue' ? 'SQS' : 'SNS', arn };
    plan.implicitGrants.push(grant);
    ctx.explain(edge.id, {
      what: 'destination',
      logicalId: plan.id,
      summary: `${ctx.sam ? 'DeadLetterQueue' : 'DeadLetterConfig'} of ${plan.node.name} is ${target.name}`,
      reason: 'Asynchronous events that fail every retry are kept here instead of being dropped.',
    });
    if (!ctx.sam) ctx.explain(edge.id, { what: 'iam', logicalId: iamHolder(plan), summary: `${plan.node.name} may send to ${target.name}`, reason: 'Lambda writes to the dead-letter queue with the function’s role.' });
  });
}

function wireStructure(ctx: ExportContext, plan: FunctionPlan): void {
  const fnId = plan.node.id;
  const parent = plan.node.parentId ? ctx.index.nodeOf(plan.node.parentId, 'subnet') : undefined;
  if (parent) plan.subnets.push(parent.id);
  for (const edge of ctx.index.out(fnId, 'network-attach')) {
    const target = ctx.index.node(edge.target);
    if (plan.edge) {
      ctx.explain(edge.id, { what: 'other', summary: 'No VpcConfig written', reason: 'Lambda@Edge functions cannot be connected to a VPC.' });
      continue;
    }
    const list = target?.kind === 'subnet' ? plan.subnets : target?.kind === 'security-group' ? plan.securityGroups : undefined;
    if (!list || !target) continue;
    if (!list.includes(target.id)) list.push(target.id);
    ctx.explain(edge.id, {
      what: 'other',
      logicalId: plan.id,
      summary: `VpcConfig of ${plan.node.name} includes ${target.name}`,
      reason: target.kind === 'subnet' ? 'The function’s network interfaces are placed in this subnet too.' : 'The function’s network interfaces use this security group.',
    });
  }

  ctx.index.in(fnId, 'uses-layer', 'lambda-layer').forEach((edge, i) => {
    if (plan.node.config.packageType === 'Image' || i >= MAX_LAYERS) {
      ctx.explain(edge.id, {
        what: 'other',
        summary: 'Layer left out',
        reason: plan.node.config.packageType === 'Image' ? 'Container image functions cannot use layers; put the content in the image.' : 'A function loads at most five layers.',
      });
      return;
    }
    plan.layers.push(edge.source);
    ctx.explain(edge.id, { what: 'other', logicalId: plan.id, summary: `Layers of ${plan.node.name} include ${ctx.index.node(edge.source)?.name}`, reason: 'The layer’s content is extracted into /opt before the function starts.' });
  });

  ctx.index.out(fnId, 'mount', 'efs-access-point').forEach((edge, i) => {
    if (i > 0 || plan.edge) {
      ctx.explain(edge.id, {
        what: 'other',
        summary: 'Not mounted',
        reason: plan.edge ? 'Lambda@Edge functions cannot mount file systems.' : 'A function mounts one file system; an earlier connection provides it.',
      });
      return;
    }
    const apId = ctx.idOf(edge.target);
    plan.fileSystem = { accessPoint: edge.target, localMountPath: edgeConfig(edge, MountConfig).localMountPath };
    const partOf = ctx.index.out(edge.target, 'part-of', 'efs-file-system')[0];
    const fileSystem: Intrinsic = partOf ? new Ref(ctx.idOf(partOf.target)) : new Ref(`${apId}FileSystemId`);
    for (const target of partOf ? (ctx.mountTargets.get(partOf.target) ?? []) : []) plan.dependsOn.add(target);
    const fsArn = sub(`arn:\${AWS::Partition}:elasticfilesystem:\${AWS::Region}:\${AWS::AccountId}:file-system/\${FileSystem}`, { FileSystem: fileSystem });
    plan.grants.push({
      sam: { EFSWriteAccessPolicy: { FileSystem: fileSystem, AccessPoint: new Ref(apId) } },
      statements: [{ Effect: 'Allow', Action: ['elasticfilesystem:ClientMount', 'elasticfilesystem:ClientWrite'], Resource: fsArn, Condition: { StringEquals: { 'elasticfilesystem:AccessPointArn': new GetAtt(apId, 'Arn') } } }],
    });
    ctx.explain(edge.id, { what: 'other', logicalId: plan.id, summary: `FileSystemConfigs of ${plan.node.name}: ${ctx.index.node(edge.target)?.name} at ${plan.fileSystem.localMountPath}`, reason: 'The function mounts the file system through the access point; it waits for the mount targets.' });
    ctx.explain(edge.id, { what: 'iam', logicalId: iamHolder(plan), summary: `${plan.node.name} may mount and write through ${ctx.index.node(edge.target)?.name}`, reason: 'EFS checks IAM on every mount.' });
  });
}

/** Turns each function's outgoing connections into its plan: IAM, variables, destinations, network, layers, mounts. */
export function wireFunctions(ctx: ExportContext): void {
  for (const plan of ctx.functions.values()) {
    for (const edge of ctx.index.out(plan.node.id)) {
      if (edge.meaning === 'access' || ((edge.meaning === 'invoke-sync' || edge.meaning === 'invoke-async') && ctx.index.node(edge.target)?.kind === 'lambda-function')) {
        wireAccess(ctx, plan, edge);
      }
    }
    wireDestinations(ctx, plan);
    wireStructure(ctx, plan);
  }
}
