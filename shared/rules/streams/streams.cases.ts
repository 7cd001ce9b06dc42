import { ruleCase } from '../testing/rule-cases';
import { bisectOnError } from './bisect-on-error';
import { dynamodbStartingPosition } from './dynamodb-starting-position';
import { parallelizationFactorRange } from './parallelization-factor-range';
import { poisonRecordBlocksShard } from './poison-record-blocks-shard';
import { recordAgeBeyondRetention } from './record-age-beyond-retention';
import { recordAgeRange } from './record-age-range';
import { retryAttemptsRange } from './retry-attempts-range';
import { shardConcurrency } from './shard-concurrency';
import { streamBatchSizeRange } from './stream-batch-size-range';
import { streamBatchingWindowRange } from './stream-batching-window-range';
import { tableStreamEnabled } from './table-stream-enabled';
import { tumblingWindowRange } from './tumbling-window-range';

export const STREAM_CASES = [
  ruleCase(streamBatchSizeRange, 'batches of 20,000 records', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { batchSize: broken ? 20_000 : 10_000 });
  }),
  ruleCase(parallelizationFactorRange, 'a parallelization factor of 20', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { parallelizationFactor: broken ? 20 : 10 });
  }),
  ruleCase(poisonRecordBlocksShard, 'unlimited retries without an on-failure destination', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { maximumRetryAttempts: -1 });
    b.edge('consumer', b.node(broken ? 'eventbridge-bus' : 'sqs-queue', 'failed'), 'on-failure');
  }),
  ruleCase(bisectOnError, 'whole-batch retries', (b, broken) => {
    b.edge(b.node('dynamodb-table', 'orders', { streamEnabled: true }), b.fn('projector'), 'event-source-mapping', { bisectBatchOnFunctionError: !broken });
  }),
  ruleCase(dynamodbStartingPosition, 'a DynamoDB stream read AT_TIMESTAMP', (b, broken) => {
    b.edge(b.node('dynamodb-table', 'orders', { streamEnabled: true }), b.fn('projector'), 'event-source-mapping', { startingPosition: broken ? 'AT_TIMESTAMP' : 'TRIM_HORIZON' });
  }),
  ruleCase(recordAgeRange, 'a record age of 30 s', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { maximumRecordAgeInSeconds: broken ? 30 : 60 });
  }),
  ruleCase(retryAttemptsRange, '20,000 retries', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { maximumRetryAttempts: broken ? 20_000 : 10_000 });
  }),
  ruleCase(tableStreamEnabled, 'a table without a stream as a trigger', (b, broken) => {
    b.edge(b.node('dynamodb-table', 'orders', { streamEnabled: !broken }), b.fn('projector'), 'event-source-mapping');
  }),
  ruleCase(shardConcurrency, 'reserved concurrency below shards × parallelization', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks', { shardCount: 4 }), b.fn('consumer', { reservedConcurrency: broken ? 7 : 8 }), 'event-source-mapping', { parallelizationFactor: 2 });
  }),
  ruleCase(tumblingWindowRange, 'a 20-minute tumbling window', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { tumblingWindowSeconds: broken ? 1200 : 900 });
  }),
  ruleCase(streamBatchingWindowRange, 'a 10-minute batching window', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks'), b.fn('consumer'), 'event-source-mapping', { maximumBatchingWindowSeconds: broken ? 600 : 300 });
  }),
  ruleCase(recordAgeBeyondRetention, 'a record age beyond the retention', (b, broken) => {
    b.edge(b.node('kinesis-stream', 'clicks', { retentionPeriodHours: 24 }), b.fn('consumer'), 'event-source-mapping', { maximumRecordAgeInSeconds: broken ? 172_800 : 86_400 });
  }),
];
