import { CognitoTriggerConfig, LogsSubscriptionConfig, S3NotificationConfig, SnsSubscriptionConfig } from '../../catalog/connections/configs';
import type { DesignEdge } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, Ref } from '../intrinsics';
import { bucketArnFor, invokeTarget } from '../references';
import { edgeConfig } from './edge-config';
import { parseJsonObject } from './json-text';
import { addPermission, addSamEvent } from './trigger-helpers';

const toFunctions = (ctx: ExportContext, nodeId: string, meaning: DesignEdge['meaning']) => ctx.index.out(nodeId, meaning, 'lambda-function');

function s3Filter(prefix: string, suffix: string): Record<string, unknown> | undefined {
  const rules = [...(prefix ? [{ Name: 'prefix', Value: prefix }] : []), ...(suffix ? [{ Name: 'suffix', Value: suffix }] : [])];
  return rules.length > 0 ? { S3Key: { Rules: rules } } : undefined;
}

function emitS3Notifications(ctx: ExportContext): void {
  for (const bucket of ctx.index.ofKind('s3-bucket')) {
    const edges = toFunctions(ctx, bucket.id, 'invoke-async');
    if (edges.length === 0) continue;
    const bucketId = ctx.idOf(bucket.id);
    const configurations: Record<string, unknown>[] = [];
    const permissions: string[] = [];
    for (const edge of edges) {
      const config = edgeConfig(edge, S3NotificationConfig);
      const events = config.events.length > 0 ? config.events : ['s3:ObjectCreated:*'];
      const filter = s3Filter(config.prefix, config.suffix);
      const what = `${events.join(', ')}${config.prefix ? ` under ${config.prefix}` : ''}${config.suffix ? ` ending ${config.suffix}` : ''}`;
      if (ctx.sam) {
        addSamEvent(ctx, edge, { Type: 'S3', Properties: { Bucket: new Ref(bucketId), Events: events, ...(filter ? { Filter: filter } : {}) } }, what,
          'S3 invokes the function asynchronously for each matching object event; SAM adds the notification and the invoke permission.');
        continue;
      }
      permissions.push(addPermission(ctx, edge, {
        principal: 's3.amazonaws.com',
        sourceArn: bucketArnFor(ctx, bucket.id),
        withSourceAccount: true,
        reason: 'S3 checks the function’s resource policy before it saves a notification; the ARN is built from the bucket’s fixed name so that no dependency loop forms.',
      }));
      for (const event of events) configurations.push({ Event: event, Function: invokeTarget(ctx, edge.target), ...(filter ? { Filter: filter } : {}) });
      ctx.explain(edge.id, { what: 'event', logicalId: bucketId, summary: `NotificationConfiguration of ${bucket.name}: ${what}`, reason: 'The bucket sends matching object events to the function.' });
    }
    const resource = ctx.resource(bucketId);
    if (ctx.sam || !resource) continue;
    const properties = (resource.Properties ??= {});
    const notification = (properties.NotificationConfiguration ?? {}) as Record<string, unknown>;
    properties.NotificationConfiguration = { ...notification, LambdaConfigurations: configurations };
    resource.DependsOn = permissions;
  }
}

function emitSnsSubscriptions(ctx: ExportContext): void {
  for (const topic of ctx.index.ofKind('sns-topic')) {
    for (const edge of toFunctions(ctx, topic.id, 'invoke-async')) {
      const config = edgeConfig(edge, SnsSubscriptionConfig);
      const filter = parseJsonObject(config.filterPolicy);
      const topicId = ctx.idOf(topic.id);
      if (ctx.sam) {
        addSamEvent(ctx, edge, { Type: 'SNS', Properties: { Topic: new Ref(topicId), ...(filter ? { FilterPolicy: filter } : {}) } }, `messages published to ${topic.name}`,
          'SNS invokes the function asynchronously for each message; SAM adds the subscription and the invoke permission.');
        continue;
      }
      const fnId = ctx.plan(edge.target).id;
      const subscription = ctx.add(ctx.ids.derive(topicId, `${fnId}Subscription`), {
        Type: 'AWS::SNS::Subscription',
        Properties: { TopicArn: new Ref(topicId), Protocol: 'lambda', Endpoint: invokeTarget(ctx, edge.target), ...(filter ? { FilterPolicy: filter } : {}) },
      }, { group: 'trigger', node: topic.id, edge: edge.id });
      ctx.explain(edge.id, { what: 'event', logicalId: subscription, summary: `Subscription of ${ctx.plan(edge.target).node.name} to ${topic.name}`, reason: 'SNS delivers every matching message to the function asynchronously.' });
      addPermission(ctx, edge, { principal: 'sns.amazonaws.com', sourceArn: new Ref(topicId), reason: 'SNS may invoke the function only when its resource policy allows this topic.' });
    }
  }
}

function emitUserPools(ctx: ExportContext): void {
  for (const pool of ctx.index.ofKind('cognito-user-pool')) {
    const poolId = ctx.idOf(pool.id);
    const usernames = pool.config.usernameAttribute === 'username' ? {} : { UsernameAttributes: [pool.config.usernameAttribute], AutoVerifiedAttributes: [pool.config.usernameAttribute] };
    const lambdaConfig: Record<string, unknown> = {};
    ctx.add(poolId, {
      Type: 'AWS::Cognito::UserPool',
      Properties: {
        ...usernames,
        MfaConfiguration: pool.config.mfa,
        ...(pool.config.mfa !== 'OFF' ? { EnabledMfas: ['SOFTWARE_TOKEN_MFA'] } : {}),
      },
    }, { group: 'trigger', node: pool.id });
    const used = new Set<string>();
    for (const edge of toFunctions(ctx, pool.id, 'invoke-sync')) {
      const { trigger } = edgeConfig(edge, CognitoTriggerConfig);
      if (used.has(trigger)) {
        ctx.explain(edge.id, { what: 'other', summary: 'Trigger not written', reason: `A user pool has one ${trigger} function; an earlier connection provides it.` });
        continue;
      }
      used.add(trigger);
      if (ctx.sam) {
        addSamEvent(ctx, edge, { Type: 'Cognito', Properties: { UserPool: new Ref(poolId), Trigger: trigger } }, `${trigger} trigger of ${pool.name}`,
          'Cognito calls the function synchronously at this step of the user’s flow; SAM writes the pool’s LambdaConfig and the permission.');
        continue;
      }
      lambdaConfig[trigger] = invokeTarget(ctx, edge.target);
      ctx.explain(edge.id, { what: 'event', logicalId: poolId, summary: `LambdaConfig.${trigger} of ${pool.name}`, reason: 'Cognito calls the function synchronously at this step of the user’s flow.' });
      addPermission(ctx, edge, { principal: 'cognito-idp.amazonaws.com', sourceArn: new GetAtt(poolId, 'Arn'), reason: 'Cognito may invoke the function only when its resource policy allows this user pool.' });
    }
    const resource = ctx.resource(poolId);
    if (resource?.Properties && Object.keys(lambdaConfig).length > 0) resource.Properties.LambdaConfig = lambdaConfig;
  }
}

function emitLogSubscriptions(ctx: ExportContext): void {
  for (const group of ctx.index.ofKind('log-group')) {
    const groupId = ctx.idOf(group.id);
    for (const edge of toFunctions(ctx, group.id, 'invoke-async')) {
      const { filterPattern } = edgeConfig(edge, LogsSubscriptionConfig);
      if (ctx.sam) {
        addSamEvent(ctx, edge, { Type: 'CloudWatchLogs', Properties: { LogGroupName: new Ref(groupId), FilterPattern: filterPattern } }, `log events of ${group.name}`,
          'A subscription filter streams matching log events to the function; SAM adds the filter and the permission.');
        continue;
      }
      const permission = addPermission(ctx, edge, {
        principal: 'logs.amazonaws.com',
        sourceArn: new GetAtt(groupId, 'Arn'),
        withSourceAccount: true,
        reason: 'CloudWatch Logs may invoke the function only when its resource policy allows this log group.',
      });
      const filter = ctx.add(ctx.ids.derive(groupId, `${ctx.plan(edge.target).id}Filter`), {
        Type: 'AWS::Logs::SubscriptionFilter',
        DependsOn: permission,
        Properties: { LogGroupName: new Ref(groupId), FilterPattern: filterPattern, DestinationArn: invokeTarget(ctx, edge.target) },
      }, { group: 'trigger', node: group.id, edge: edge.id });
      ctx.explain(edge.id, { what: 'event', logicalId: filter, summary: `Subscription filter of ${group.name}`, reason: 'Matching log events are streamed to the function.' });
    }
  }
}

/** Triggers that push events to functions: S3 notifications, SNS, Cognito and CloudWatch Logs. */
export function emitPushTriggers(ctx: ExportContext): void {
  emitS3Notifications(ctx);
  emitSnsSubscriptions(ctx);
  emitUserPools(ctx);
  emitLogSubscriptions(ctx);
}
