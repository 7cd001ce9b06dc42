import { SqsMappingConfig, StreamMappingConfig } from '../../catalog/connections/configs';
import type { DesignEdge } from '../../model/design';
import type { ExportContext } from '../context';
import type { PolicyStatement } from '../function-plan';
import { GetAtt } from '../intrinsics';
import { invokeTarget } from '../references';
import { edgeConfig } from './edge-config';
import { addSamEvent } from './trigger-helpers';
import { iamHolder } from './function-wiring';

const allow = (Action: string[], Resource: unknown): PolicyStatement => ({ Effect: 'Allow', Action, Resource });

function sqsMapping(edge: DesignEdge): Record<string, unknown> {
  const c = edgeConfig(edge, SqsMappingConfig);
  const filter = c.filterPattern?.trim();
  return {
    BatchSize: c.batchSize,
    ...(c.maximumBatchingWindowSeconds > 0 ? { MaximumBatchingWindowInSeconds: c.maximumBatchingWindowSeconds } : {}),
    ...(c.reportBatchItemFailures ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}),
    ...(c.maximumConcurrency !== undefined ? { ScalingConfig: { MaximumConcurrency: c.maximumConcurrency } } : {}),
    ...(c.enabled ? {} : { Enabled: false }),
    ...(filter ? { FilterCriteria: { Filters: [{ Pattern: filter }] } } : {}),
  };
}

function streamMapping(ctx: ExportContext, edge: DesignEdge, id: string): Record<string, unknown> {
  const c = edgeConfig(edge, StreamMappingConfig);
  const plan = ctx.plan(edge.target);
  const failure = plan.onFailure && (plan.onFailure.targetKind === 'sqs-queue' || plan.onFailure.targetKind === 'sns-topic') ? plan.onFailure : undefined;
  if (failure) {
    ctx.explain(failure.edgeId, {
      what: 'destination',
      logicalId: ctx.sam ? plan.id : id,
      summary: `Failed batches from ${ctx.index.node(edge.source)?.name} go to ${ctx.index.node(failure.targetNodeId)?.name}`,
      reason: 'Stream event source mappings send records of batches that fail every retry to the function’s on-failure destination.',
    });
  }
  return {
    StartingPosition: c.startingPosition,
    ...(c.startingPosition === 'AT_TIMESTAMP'
      ? { StartingPositionTimestamp: ctx.parameter(`${id}StartingTimestamp`, { Type: 'Number', Description: `Unix time (seconds) ${plan.node.name} starts reading ${ctx.index.node(edge.source)?.name} from.` }) }
      : {}),
    BatchSize: c.batchSize,
    ...(c.maximumBatchingWindowSeconds > 0 ? { MaximumBatchingWindowInSeconds: c.maximumBatchingWindowSeconds } : {}),
    ...(c.parallelizationFactor !== 1 ? { ParallelizationFactor: c.parallelizationFactor } : {}),
    ...(c.bisectBatchOnFunctionError ? { BisectBatchOnFunctionError: true } : {}),
    ...(c.maximumRetryAttempts !== -1 ? { MaximumRetryAttempts: c.maximumRetryAttempts } : {}),
    ...(c.maximumRecordAgeInSeconds !== -1 ? { MaximumRecordAgeInSeconds: c.maximumRecordAgeInSeconds } : {}),
    ...(c.reportBatchItemFailures ? { FunctionResponseTypes: ['ReportBatchItemFailures'] } : {}),
    ...(c.tumblingWindowSeconds > 0 ? { TumblingWindowInSeconds: c.tumblingWindowSeconds } : {}),
    ...(c.enabled ? {} : { Enabled: false }),
    ...(failure ? { DestinationConfig: { OnFailure: { Destination: failure.arn } } } : {}),
  };
}

function emitMapping(ctx: ExportContext, edge: DesignEdge): void {
  const source = ctx.index.node(edge.source);
  if (!source || (source.kind !== 'sqs-queue' && source.kind !== 'kinesis-stream' && source.kind !== 'dynamodb-table')) return;
  const plan = ctx.plan(edge.target);
  const sourceId = ctx.idOf(source.id);
  const mappingId = ctx.ids.derive(plan.id, `${sourceId}Mapping`);
  const arn = source.kind === 'dynamodb-table' ? new GetAtt(sourceId, 'StreamArn') : new GetAtt(sourceId, 'Arn');
  const settings = source.kind === 'sqs-queue' ? sqsMapping(edge) : streamMapping(ctx, edge, mappingId);

  const poll = source.kind === 'sqs-queue'
    ? allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'], arn)
    : source.kind === 'kinesis-stream'
      ? allow(['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards', 'kinesis:SubscribeToShard'], arn)
      : allow(['dynamodb:DescribeStream', 'dynamodb:GetRecords', 'dynamodb:GetShardIterator', 'dynamodb:ListStreams'], arn);
  plan.implicitGrants.push({ statements: [poll] });
  const what = source.kind === 'sqs-queue' ? 'messages' : 'records';

  if (ctx.sam) {
    const type = source.kind === 'sqs-queue' ? 'SQS' : source.kind === 'kinesis-stream' ? 'Kinesis' : 'DynamoDB';
    const key = source.kind === 'sqs-queue' ? 'Queue' : 'Stream';
    addSamEvent(ctx, edge, { Type: type, Properties: { [key]: arn, ...settings } }, `Lambda polls ${source.name} for ${what}`,
      'An event source mapping polls the source and invokes the function with batches; SAM adds it and the polling permissions.');
    return;
  }
  ctx.add(mappingId, {
    Type: 'AWS::Lambda::EventSourceMapping',
    Properties: { EventSourceArn: arn, FunctionName: invokeTarget(ctx, edge.target), ...settings },
  }, { group: 'trigger', node: source.id, edge: edge.id });
  ctx.explain(edge.id, { what: 'event-source-mapping', logicalId: mappingId, summary: `Lambda polls ${source.name} for ${what} and invokes ${plan.node.name}`, reason: 'Queues and streams do not push: Lambda polls them and invokes the function with batches.' });
  ctx.explain(edge.id, { what: 'iam', logicalId: iamHolder(plan), summary: `${plan.node.name} may read ${source.name}`, reason: 'Lambda polls with the function’s own role.' });
}

/** Event source mappings: SQS queues, Kinesis streams and DynamoDB streams polled by Lambda. */
export function emitPolledTriggers(ctx: ExportContext): void {
  for (const edge of ctx.index.edges) {
    if (edge.meaning === 'event-source-mapping' && ctx.functions.has(edge.target)) emitMapping(ctx, edge);
  }
}
