import type { ExportContext } from '../context';
import type { FunctionPlan, PolicyStatement } from '../function-plan';
import { GetAtt, type Intrinsic, Ref, sub } from '../intrinsics';
import { retentionDays } from './data';
import { parseJsonStatements } from './json-text';

/** The role of a function that names an existing one: an ARN as written, or a role name in this account. */
export function sharedRoleArn(name: string): unknown {
  return name.startsWith('arn:') ? name : sub(`arn:\${AWS::Partition}:iam::\${AWS::AccountId}:role/${name}`);
}

export function sharedRoleName(name: string): string {
  return name.startsWith('arn:') ? (name.split('/').pop() ?? name) : name;
}

/** The function's variables: its own first, then those its connections add. */
export function environmentOf(plan: FunctionPlan): Record<string, unknown> | undefined {
  if (plan.edge) return undefined;
  const variables: Record<string, unknown> = { ...plan.node.config.environment };
  for (const [key, value] of plan.environment) if (!(key in variables)) variables[key] = value;
  return Object.keys(variables).length > 0 ? { Variables: variables } : undefined;
}

/** Statements of the function's grants (and of the grants SAM would add itself), each once, then its own extra statements. */
export function statementsOf(plan: FunctionPlan, includeImplicit: boolean): PolicyStatement[] {
  const seen = new Set<string>();
  const statements: PolicyStatement[] = [];
  for (const grant of [...plan.grants, ...(includeImplicit ? plan.implicitGrants : [])]) {
    for (const statement of grant.statements) {
      const key = JSON.stringify(statement);
      if (seen.has(key)) continue;
      seen.add(key);
      statements.push(statement);
    }
  }
  return [...statements, ...(parseJsonStatements(plan.node.config.policyStatements) as unknown as PolicyStatement[])];
}

export function trustPolicy(plan: FunctionPlan): Record<string, unknown> {
  const services = plan.edge ? ['lambda.amazonaws.com', 'edgelambda.amazonaws.com'] : 'lambda.amazonaws.com';
  return { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Principal: { Service: services }, Action: 'sts:AssumeRole' }] };
}

/** Subnets and security groups of a function in a VPC; a security group of its own when none is attached. */
export function vpcConfigOf(ctx: ExportContext, plan: FunctionPlan): Record<string, unknown> | undefined {
  if (plan.edge) return undefined;
  let subnets = plan.subnets;
  if (subnets.length === 0 && plan.securityGroups.length > 0) {
    const vpc = ctx.index.vpcOf(plan.securityGroups[0] as string);
    subnets = vpc ? ctx.index.privateSubnetsOf(vpc.id).map((s) => s.id) : [];
  }
  if (subnets.length === 0) return undefined;
  let groups: Intrinsic[] = plan.securityGroups.map((g) => new Ref(ctx.idOf(g)));
  if (groups.length === 0) {
    const vpc = ctx.index.vpcOf(subnets[0] as string);
    const group = ctx.add(ctx.ids.derive(plan.id, 'SecurityGroup'), {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: 'Outbound traffic of the function',
        ...(vpc ? { VpcId: new Ref(ctx.idOf(vpc.id)) } : {}),
        SecurityGroupEgress: [{ IpProtocol: '-1', CidrIp: '0.0.0.0/0' }],
      },
    }, { group: 'function', node: plan.node.id });
    groups = [new Ref(group)];
  }
  return { SubnetIds: subnets.map((s) => new Ref(ctx.idOf(s))), SecurityGroupIds: groups };
}

export function fileSystemConfigsOf(ctx: ExportContext, plan: FunctionPlan): unknown[] | undefined {
  if (!plan.fileSystem) return undefined;
  return [{ Arn: new GetAtt(ctx.idOf(plan.fileSystem.accessPoint), 'Arn'), LocalMountPath: plan.fileSystem.localMountPath }];
}

export function layersOf(ctx: ExportContext, plan: FunctionPlan): unknown[] | undefined {
  return plan.layers.length > 0 ? plan.layers.map((l) => new Ref(ctx.idOf(l))) : undefined;
}

export function codeBucket(ctx: ExportContext): Ref {
  return ctx.parameter('CodeBucket', { Type: 'String', Description: 'S3 bucket that holds the zipped code of the functions and layers.' });
}

/** "thumbnail/" → "thumbnail.zip": the key of the package in the code bucket. */
export function packageKey(codeUri: string, fallback: string): string {
  const trimmed = codeUri.trim().replace(/^\.?\/+/, '').replace(/\/+$/, '');
  if (trimmed.endsWith('.zip')) return trimmed;
  const stem = trimmed.replace(/[^A-Za-z0-9._-]+/g, '-').replace(/^-+|-+$/g, '');
  return `${stem || fallback}.zip`;
}

export function imageUriOf(ctx: ExportContext, plan: FunctionPlan): unknown {
  const uri = plan.node.config.imageUri?.trim();
  if (uri) return uri;
  return ctx.parameter(`${plan.id}ImageUri`, { Type: 'String', Description: `Container image (ECR URI) of ${plan.node.name}.` });
}

export function eventInvokeSettings(plan: FunctionPlan): { MaximumRetryAttempts?: number; MaximumEventAgeInSeconds?: number } | undefined {
  const { maximumRetryAttempts, maximumEventAgeInSeconds } = plan.node.config.asyncInvoke;
  const changed = maximumRetryAttempts !== 2 || maximumEventAgeInSeconds !== 21600;
  if (!changed && !plan.onSuccess && !plan.onFailure) return undefined;
  return { MaximumRetryAttempts: maximumRetryAttempts, MaximumEventAgeInSeconds: maximumEventAgeInSeconds };
}

export const DESTINATION_TYPES: Record<string, string> = { 'sqs-queue': 'SQS', 'sns-topic': 'SNS', 'eventbridge-bus': 'EventBridge', 'lambda-function': 'Lambda' };

export function emitFunctionLogGroup(ctx: ExportContext, plan: FunctionPlan): void {
  const days = plan.node.config.logRetentionDays;
  if (days === undefined) return;
  ctx.add(ctx.ids.derive(plan.id, 'LogGroup'), {
    Type: 'AWS::Logs::LogGroup',
    Properties: { LogGroupName: sub(`/aws/lambda/\${${plan.id}}`), RetentionInDays: retentionDays(days) },
  }, { group: 'function', node: plan.node.id });
}

/** A policy added to a shared role named by the function (`executionRole`), holding what the connections need. */
export function emitSharedRolePolicy(ctx: ExportContext, plan: FunctionPlan): void {
  const role = plan.node.config.executionRole?.trim();
  const statements = statementsOf(plan, true);
  if (!role || !plan.policyId || statements.length === 0) return;
  ctx.add(plan.policyId, {
    Type: 'AWS::IAM::Policy',
    Properties: {
      PolicyName: `${plan.id.slice(0, 100)}Connections`,
      Roles: [sharedRoleName(role)],
      PolicyDocument: { Version: '2012-10-17', Statement: statements },
    },
  }, { group: 'function', node: plan.node.id });
}

export function emitFunctionOutputs(ctx: ExportContext, plan: FunctionPlan): void {
  ctx.output(`${plan.id}Arn`, { Description: `ARN of ${plan.node.name}`, Value: new GetAtt(plan.id, 'Arn') }, plan.node.id);
  if (plan.node.config.functionUrl.enabled) {
    ctx.output(`${plan.id}UrlEndpoint`, { Description: `Function URL of ${plan.node.name}`, Value: new GetAtt(ctx.sam ? `${plan.id}Url` : (plan.urlId as string), 'FunctionUrl') }, plan.node.id);
  }
}
