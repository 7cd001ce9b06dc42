import type { ExportContext } from '../context';
import { GetAtt, Ref, stackScoped } from '../intrinsics';
import { fixedBucketName } from '../references';
import { edgeConfig } from './edge-config';
import { RedriveConfig, SnsSubscriptionConfig } from '../../catalog/connections/configs';
import { parseJsonObject } from './json-text';

/** CloudWatch Logs accepts only these retention periods; other values round up to the next one. */
const RETENTION_DAYS = [1, 3, 5, 7, 14, 30, 60, 90, 120, 150, 180, 365, 400, 545, 731, 1096, 1827, 2192, 2557, 2922, 3288, 3653];
export function retentionDays(days: number): number {
  return RETENTION_DAYS.find((d) => d >= days) ?? 3653;
}

function emitTables(ctx: ExportContext): void {
  for (const table of ctx.index.ofKind('dynamodb-table')) {
    const { config } = table;
    const sortKey = config.sortKey?.trim();
    const polled = ctx.index.out(table.id, 'event-source-mapping').length > 0;
    ctx.add(ctx.idOf(table.id), {
      Type: 'AWS::DynamoDB::Table',
      Properties: {
        BillingMode: config.billingMode,
        AttributeDefinitions: [
          { AttributeName: config.partitionKey, AttributeType: config.partitionKeyType },
          ...(sortKey ? [{ AttributeName: sortKey, AttributeType: 'S' }] : []),
        ],
        KeySchema: [{ AttributeName: config.partitionKey, KeyType: 'HASH' }, ...(sortKey ? [{ AttributeName: sortKey, KeyType: 'RANGE' }] : [])],
        ...(config.billingMode === 'PROVISIONED' ? { ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 } } : {}),
        ...(config.streamEnabled || polled ? { StreamSpecification: { StreamViewType: config.streamViewType } } : {}),
      },
    }, { group: 'data', node: table.id });
  }
}

function emitBuckets(ctx: ExportContext): void {
  for (const bucket of ctx.index.ofKind('s3-bucket')) {
    const { config } = bucket;
    ctx.add(ctx.idOf(bucket.id), {
      Type: 'AWS::S3::Bucket',
      Properties: {
        ...(ctx.triggerBuckets.has(bucket.id) ? { BucketName: stackScoped(fixedBucketName(ctx, bucket.id)) } : {}),
        ...(config.versioning ? { VersioningConfiguration: { Status: 'Enabled' } } : {}),
        ...(config.eventBridge ? { NotificationConfiguration: { EventBridgeConfiguration: { EventBridgeEnabled: true } } } : {}),
        ...(config.expireAfterDays !== undefined
          ? { LifecycleConfiguration: { Rules: [{ Id: 'ExpireObjects', Status: 'Enabled', ExpirationInDays: config.expireAfterDays }] } }
          : {}),
      },
    }, { group: 'data', node: bucket.id });
  }
}

/** Each queue keeps its first dead-letter connection that does not lead back to itself. */
function chooseDeadLetterQueues(ctx: ExportContext): Map<string, { target: string; edgeId: string; maxReceiveCount: number }> {
  const chosen = new Map<string, { target: string; edgeId: string; maxReceiveCount: number }>();
  const reaches = (from: string, to: string) => {
    for (let at: string | undefined = from, steps = 0; at !== undefined && steps <= chosen.size; at = chosen.get(at)?.target, steps++) {
      if (at === to) return true;
    }
    return false;
  };
  for (const queue of ctx.index.ofKind('sqs-queue')) {
    for (const edge of ctx.index.out(queue.id, 'dead-letter', 'sqs-queue')) {
      const reason = chosen.has(queue.id)
        ? 'A queue has one redrive policy; an earlier dead-letter connection provides it.'
        : reaches(edge.target, queue.id) ? 'The dead-letter queues would form a loop, which SQS does not allow.'
          : ctx.index.nodeOf(edge.target, 'sqs-queue')?.config.fifo !== queue.config.fifo ? 'The dead-letter queue of a FIFO queue must be FIFO too, and that of a standard queue standard.'
            : undefined;
      if (reason) {
        ctx.explain(edge.id, { what: 'other', summary: 'No redrive policy written', reason });
        continue;
      }
      chosen.set(queue.id, { target: edge.target, edgeId: edge.id, maxReceiveCount: edgeConfig(edge, RedriveConfig).maxReceiveCount });
    }
  }
  return chosen;
}

function emitQueues(ctx: ExportContext): void {
  const redrives = chooseDeadLetterQueues(ctx);
  for (const queue of ctx.index.ofKind('sqs-queue')) {
    const { config } = queue;
    const id = ctx.idOf(queue.id);
    const redrive = redrives.get(queue.id);
    ctx.add(id, {
      Type: 'AWS::SQS::Queue',
      Properties: {
        ...(config.fifo
          ? { QueueName: stackScoped(`${id.slice(0, 62)}-\${StackSuffix}.fifo`), FifoQueue: true, ...(config.contentBasedDeduplication ? { ContentBasedDeduplication: true } : {}) }
          : {}),
        VisibilityTimeout: config.visibilityTimeout,
        MessageRetentionPeriod: config.messageRetentionPeriod,
        ...(config.receiveMessageWaitTime !== 0 ? { ReceiveMessageWaitTimeSeconds: config.receiveMessageWaitTime } : {}),
        ...(config.delaySeconds !== 0 ? { DelaySeconds: config.delaySeconds } : {}),
        ...(redrive ? { RedrivePolicy: { deadLetterTargetArn: new GetAtt(ctx.idOf(redrive.target), 'Arn'), maxReceiveCount: redrive.maxReceiveCount } } : {}),
      },
    }, { group: 'data', node: queue.id });
    if (redrive) {
      ctx.explain(redrive.edgeId, {
        what: 'other',
        logicalId: id,
        summary: `RedrivePolicy of ${queue.name}: after ${redrive.maxReceiveCount} receives a message moves to ${ctx.index.node(redrive.target)?.name}`,
        reason: 'Messages that keep failing move to the dead-letter queue instead of blocking the queue.',
      });
    }
  }
}

function emitTopics(ctx: ExportContext): void {
  for (const topic of ctx.index.ofKind('sns-topic')) {
    const id = ctx.idOf(topic.id);
    ctx.add(id, {
      Type: 'AWS::SNS::Topic',
      ...(topic.config.fifo ? { Properties: { TopicName: stackScoped(`${id.slice(0, 200)}-\${StackSuffix}.fifo`), FifoTopic: true } } : {}),
    }, { group: 'data', node: topic.id });
  }
  const byQueue = new Map<string, { edgeIds: string[]; topics: Set<string> }>();
  for (const topic of ctx.index.ofKind('sns-topic')) {
    for (const edge of ctx.index.out(topic.id, 'subscription', 'sqs-queue')) {
      const config = edgeConfig(edge, SnsSubscriptionConfig);
      const filter = parseJsonObject(config.filterPolicy);
      const id = ctx.add(ctx.ids.derive(ctx.idOf(topic.id), `${ctx.idOf(edge.target)}Subscription`), {
        Type: 'AWS::SNS::Subscription',
        Properties: {
          TopicArn: new Ref(ctx.idOf(topic.id)),
          Protocol: 'sqs',
          Endpoint: new GetAtt(ctx.idOf(edge.target), 'Arn'),
          ...(config.rawMessageDelivery ? { RawMessageDelivery: true } : {}),
          ...(filter ? { FilterPolicy: filter } : {}),
        },
      }, { group: 'data', node: topic.id, edge: edge.id });
      ctx.explain(edge.id, { what: 'other', logicalId: id, summary: `Subscription of ${ctx.index.node(edge.target)?.name} to ${topic.name}`, reason: 'Each message published to the topic is delivered to the queue.' });
      const entry = byQueue.get(edge.target) ?? { edgeIds: [], topics: new Set<string>() };
      entry.edgeIds.push(edge.id);
      entry.topics.add(topic.id);
      byQueue.set(edge.target, entry);
    }
  }
  for (const [queueNodeId, { edgeIds, topics: topicIds }] of byQueue) {
    const queueId = ctx.idOf(queueNodeId);
    const topics = [...topicIds].map((t) => new Ref(ctx.idOf(t)));
    const policy = ctx.add(ctx.ids.derive(queueId, 'Policy'), {
      Type: 'AWS::SQS::QueuePolicy',
      Properties: {
        Queues: [new Ref(queueId)],
        PolicyDocument: {
          Version: '2012-10-17',
          Statement: [{
            Effect: 'Allow',
            Principal: { Service: 'sns.amazonaws.com' },
            Action: 'sqs:SendMessage',
            Resource: new GetAtt(queueId, 'Arn'),
            Condition: { ArnEquals: { 'aws:SourceArn': topics } },
          }],
        },
      },
    }, { group: 'data', node: queueNodeId });
    for (const edgeId of edgeIds) {
      ctx.explain(edgeId, { what: 'permission', logicalId: policy, summary: `Queue policy of ${ctx.index.node(queueNodeId)?.name} lets the topic send messages`, reason: 'SNS may deliver to a queue only when the queue’s policy allows the topic.' });
    }
  }
}

function emitStreamsBusesAndValues(ctx: ExportContext): void {
  for (const stream of ctx.index.ofKind('kinesis-stream')) {
    const { config } = stream;
    ctx.add(ctx.idOf(stream.id), {
      Type: 'AWS::Kinesis::Stream',
      Properties: {
        StreamModeDetails: { StreamMode: config.streamMode },
        ...(config.streamMode === 'PROVISIONED' ? { ShardCount: config.shardCount } : {}),
        RetentionPeriodHours: config.retentionPeriodHours,
      },
    }, { group: 'data', node: stream.id });
  }
  for (const bus of ctx.index.ofKind('eventbridge-bus')) {
    const id = ctx.idOf(bus.id);
    const description = bus.config.description.trim().slice(0, 512);
    ctx.add(id, {
      Type: 'AWS::Events::EventBus',
      Properties: { Name: stackScoped(`${id.slice(0, 200)}-\${StackSuffix}`), ...(description ? { Description: description } : {}) },
    }, { group: 'data', node: bus.id });
  }
  for (const secret of ctx.index.ofKind('secret')) {
    const description = secret.config.description.trim();
    ctx.add(ctx.idOf(secret.id), {
      Type: 'AWS::SecretsManager::Secret',
      Properties: {
        ...(description ? { Description: description.slice(0, 2048) } : {}),
        ...(secret.config.generatePassword ? { GenerateSecretString: { PasswordLength: 32, ExcludePunctuation: true } } : {}),
      },
    }, { group: 'data', node: secret.id });
  }
  for (const parameter of ctx.index.ofKind('ssm-parameter')) {
    ctx.add(ctx.idOf(parameter.id), {
      Type: 'AWS::SSM::Parameter',
      Properties: { Type: parameter.config.type, Value: parameter.config.value === '' ? '-' : parameter.config.value, Tier: parameter.config.tier },
    }, { group: 'data', node: parameter.id });
  }
  for (const group of ctx.index.ofKind('log-group')) {
    const name = group.config.logGroupName?.trim();
    ctx.add(ctx.idOf(group.id), {
      Type: 'AWS::Logs::LogGroup',
      Properties: { ...(name ? { LogGroupName: name } : {}), RetentionInDays: retentionDays(group.config.retentionInDays) },
    }, { group: 'data', node: group.id });
  }
}

export function emitData(ctx: ExportContext): void {
  emitTables(ctx);
  emitBuckets(ctx);
  emitQueues(ctx);
  emitTopics(ctx);
  emitStreamsBusesAndValues(ctx);
}
