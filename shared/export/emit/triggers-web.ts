import { AlbTargetConfig, EdgeTriggerConfig } from '../../catalog/connections/configs';
import type { NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, Ref, stackScoped, sub } from '../intrinsics';
import { invokeTarget, versionTarget } from '../references';
import { edgeConfig } from './edge-config';
import { onePerZone, securityGroupsOf } from './network';
import { addPermission } from './trigger-helpers';

function albSubnets(ctx: ExportContext, alb: NodeOfKind<'alb'>, albId: string): unknown {
  const vpc = ctx.index.vpcOf(alb.id);
  const subnets = vpc ? onePerZone(alb.config.scheme === 'internet-facing' ? ctx.index.publicSubnetsOf(vpc.id) : ctx.index.privateSubnetsOf(vpc.id)) : [];
  if (subnets.length > 0) return subnets.map((s) => new Ref(ctx.idOf(s.id)));
  return ctx.parameter(`${albId}SubnetIds`, { Type: 'List<AWS::EC2::Subnet::Id>', Description: `Subnets (two zones or more) of ${alb.name}.` });
}

function emitAlb(ctx: ExportContext, alb: NodeOfKind<'alb'>): void {
  const id = ctx.idOf(alb.id);
  const { config } = alb;
  const vpc = ctx.index.vpcOf(alb.id);
  let groups = securityGroupsOf(ctx, alb.id);
  if (groups.length === 0 && vpc) {
    const group = ctx.add(ctx.ids.derive(id, 'SecurityGroup'), {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: `Listener port ${config.listenerPort} of the load balancer`,
        VpcId: new Ref(ctx.idOf(vpc.id)),
        SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: config.listenerPort, ToPort: config.listenerPort, CidrIp: config.scheme === 'internet-facing' ? '0.0.0.0/0' : vpc.config.cidr }],
      },
    }, { group: 'trigger', node: alb.id });
    groups = [new Ref(group)];
  }
  const attachments = vpc && config.scheme === 'internet-facing' ? (ctx.gatewayAttachments.get(vpc.id) ?? []) : [];
  ctx.add(id, {
    Type: 'AWS::ElasticLoadBalancingV2::LoadBalancer',
    ...(attachments.length > 0 ? { DependsOn: attachments } : {}),
    Properties: { Type: 'application', Scheme: config.scheme, Subnets: albSubnets(ctx, alb, id), ...(groups.length > 0 ? { SecurityGroups: groups } : {}) },
  }, { group: 'trigger', node: alb.id });
  const listener = ctx.add(ctx.ids.derive(id, 'Listener'), {
    Type: 'AWS::ElasticLoadBalancingV2::Listener',
    Properties: {
      LoadBalancerArn: new Ref(id),
      Port: config.listenerPort,
      Protocol: config.protocol,
      ...(config.protocol === 'HTTPS'
        ? { Certificates: [{ CertificateArn: ctx.parameter(`${id}CertificateArn`, { Type: 'String', Description: `ACM certificate of the HTTPS listener of ${alb.name}.` }) }] }
        : {}),
      DefaultActions: [{ Type: 'fixed-response', FixedResponseConfig: { StatusCode: '404', ContentType: 'text/plain', MessageBody: 'Not found' } }],
    },
  }, { group: 'trigger', node: alb.id });
  const priorities = new Set<number>();
  for (const edge of ctx.index.out(alb.id, 'invoke-sync', 'lambda-function')) {
    const target = edgeConfig(edge, AlbTargetConfig);
    const fn = ctx.plan(edge.target);
    let priority = Math.min(Math.max(target.priority, 1), 50000);
    while (priorities.has(priority)) priority++;
    priorities.add(priority);
    if (priority !== target.priority) {
      ctx.explain(edge.id, { what: 'other', summary: `Listener rule priority ${priority} instead of ${target.priority}`, reason: 'Rule priorities of a listener must be unique and between 1 and 50,000.' });
    }
    const permission = addPermission(ctx, edge, {
      principal: 'elasticloadbalancing.amazonaws.com',
      sourceArn: sub('arn:${AWS::Partition}:elasticloadbalancing:${AWS::Region}:${AWS::AccountId}:targetgroup/*'),
      reason: 'The load balancer registers the function as a target only when the function’s resource policy allows it; the ARN pattern avoids a loop with the target group.',
    });
    const targetGroup = ctx.add(ctx.ids.derive(id, `${fn.id}TargetGroup`), {
      Type: 'AWS::ElasticLoadBalancingV2::TargetGroup',
      DependsOn: permission,
      Properties: {
        TargetType: 'lambda',
        Targets: [{ Id: invokeTarget(ctx, edge.target) }],
        TargetGroupAttributes: [{ Key: 'lambda.multi_value_headers.enabled', Value: String(target.multiValueHeaders) }],
      },
    }, { group: 'trigger', node: alb.id, edge: edge.id });
    const rule = ctx.add(ctx.ids.derive(id, `${fn.id}Rule`), {
      Type: 'AWS::ElasticLoadBalancingV2::ListenerRule',
      Properties: {
        ListenerArn: new Ref(listener),
        Priority: priority,
        Conditions: [{ Field: 'path-pattern', PathPatternConfig: { Values: [target.pathPattern] } }],
        Actions: [{ Type: 'forward', TargetGroupArn: new Ref(targetGroup) }],
      },
    }, { group: 'trigger', node: alb.id, edge: edge.id });
    ctx.explain(edge.id, { what: 'event', logicalId: targetGroup, summary: `Target group with ${fn.node.name} as its Lambda target${target.multiValueHeaders ? ', multi-value headers on' : ''}`, reason: 'The load balancer invokes the function synchronously with each request as JSON.' });
    ctx.explain(edge.id, { what: 'other', logicalId: rule, summary: `Listener rule ${target.pathPattern} (priority ${priority}) forwards to it`, reason: 'The listener sends requests that match the path to the target group.' });
  }
  ctx.output(`${id}Url`, { Description: `URL of ${alb.name}`, Value: sub(`${config.protocol.toLowerCase()}://\${${id}.DNSName}`) }, alb.id);
}

function emitDistribution(ctx: ExportContext, distribution: NodeOfKind<'cloudfront'>): void {
  const id = ctx.idOf(distribution.id);
  const lambdaAssociations: Record<string, unknown>[] = [];
  const functionAssociations: Record<string, unknown>[] = [];
  const usedEvents = new Set<string>();
  for (const edge of ctx.index.out(distribution.id, 'invoke-sync')) {
    const target = ctx.index.node(edge.target);
    if (target?.kind !== 'lambda-function' && target?.kind !== 'cloudfront-function') continue;
    const { eventType, includeBody } = edgeConfig(edge, EdgeTriggerConfig);
    const skip = usedEvents.has(eventType)
      ? `A cache behavior runs one function per event; an earlier connection already handles ${eventType}.`
      : target.kind === 'cloudfront-function' && !eventType.startsWith('viewer-')
        ? 'CloudFront Functions run on viewer events only.'
        : undefined;
    if (skip) {
      ctx.explain(edge.id, { what: 'other', summary: 'Association not written', reason: skip });
      continue;
    }
    usedEvents.add(eventType);
    if (target.kind === 'lambda-function') {
      lambdaAssociations.push({ EventType: eventType, LambdaFunctionARN: versionTarget(ctx, target.id), ...(includeBody && eventType.endsWith('-request') ? { IncludeBody: true } : {}) });
      ctx.explain(edge.id, {
        what: 'event',
        logicalId: id,
        summary: `LambdaFunctionAssociations: ${eventType} runs the published version of ${target.name}`,
        reason: 'Lambda@Edge replicates a numbered version of the function to CloudFront’s edge locations; an alias or $LATEST cannot be used.',
      });
    } else {
      functionAssociations.push({ EventType: eventType, FunctionARN: new GetAtt(ctx.idOf(target.id), 'FunctionARN') });
      ctx.explain(edge.id, { what: 'event', logicalId: id, summary: `FunctionAssociations: ${eventType} runs ${target.name}`, reason: 'CloudFront runs the function on every viewer request or response of the cache behavior.' });
    }
  }
  const comment = (distribution.config.comment || distribution.name).slice(0, 128);
  ctx.add(id, {
    Type: 'AWS::CloudFront::Distribution',
    Properties: {
      DistributionConfig: {
        Enabled: true,
        Comment: comment,
        PriceClass: distribution.config.priceClass,
        Origins: [{ Id: 'origin', DomainName: distribution.config.originDomain, CustomOriginConfig: { OriginProtocolPolicy: 'https-only' } }],
        DefaultCacheBehavior: {
          TargetOriginId: 'origin',
          ViewerProtocolPolicy: 'redirect-to-https',
          // The managed CachingOptimized policy.
          CachePolicyId: '658327ea-f89d-4fab-a63d-7e88639e58f6',
          ...(lambdaAssociations.length > 0 ? { LambdaFunctionAssociations: lambdaAssociations } : {}),
          ...(functionAssociations.length > 0 ? { FunctionAssociations: functionAssociations } : {}),
        },
      },
    },
  }, { group: 'trigger', node: distribution.id });
  ctx.output(`${id}DomainName`, { Description: `Domain name of ${distribution.name}`, Value: new GetAtt(id, 'DomainName') }, distribution.id);
}

function emitCloudFrontFunctions(ctx: ExportContext): void {
  for (const fn of ctx.index.ofKind('cloudfront-function')) {
    const id = ctx.idOf(fn.id);
    ctx.add(id, {
      Type: 'AWS::CloudFront::Function',
      Properties: {
        Name: stackScoped(`${id.slice(0, 51)}-\${StackSuffix}`),
        AutoPublish: true,
        FunctionConfig: { Comment: fn.name.slice(0, 128), Runtime: fn.config.runtime },
        FunctionCode: fn.config.code,
      },
    }, { group: 'function', node: fn.id });
  }
}

/** Load balancers and CloudFront (Lambda@Edge and CloudFront Functions). */
export function emitWebTriggers(ctx: ExportContext): void {
  emitCloudFrontFunctions(ctx);
  for (const alb of ctx.index.ofKind('alb')) emitAlb(ctx, alb);
  for (const distribution of ctx.index.ofKind('cloudfront')) emitDistribution(ctx, distribution);
}
