import { ruleCase } from '../testing/rule-cases';
import { batchingWindowForLargeBatches } from './batching-window-for-large-batches';
import { deadLetterQueueType } from './dead-letter-queue-type';
import { deadLetterRetention } from './dead-letter-retention';
import { fifoBatchSize } from './fifo-batch-size';
import { fifoMessageGroups } from './fifo-message-groups';
import { maxReceiveCount } from './max-receive-count';
import { maximumConcurrencyAboveReserved } from './maximum-concurrency-above-reserved';
import { maximumConcurrencyRange } from './maximum-concurrency-range';
import { partialBatchResponses } from './partial-batch-responses';
import { queueRedrivePolicy } from './queue-redrive-policy';
import { sqsBatchSizeRange } from './sqs-batch-size-range';
import { sqsBatchingWindowRange } from './sqs-batching-window-range';
import { visibilityBelowFunctionTimeout } from './visibility-below-function-timeout';
import { visibilitySixTimesTimeout } from './visibility-six-times-timeout';

export const SQS_CASES = [
  ruleCase(visibilityBelowFunctionTimeout, 'a visibility timeout below the function timeout', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs', { visibilityTimeout: broken ? 20 : 30 }), b.fn('worker', { timeout: 30 }), 'event-source-mapping');
  }, {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 180) throw new Error('the fix sets 6 × 30 s');
    },
  }),
  ruleCase(visibilityBelowFunctionTimeout, 'two consumers, the slower one above the visibility timeout', (b, broken) => {
    b.node('sqs-queue', 'jobs', { visibilityTimeout: 600 });
    b.edge('jobs', b.fn('fast', { timeout: 10 }), 'event-source-mapping');
    b.edge('jobs', b.fn('slow', { timeout: broken ? 900 : 600 }), 'event-source-mapping');
  }),
  ruleCase(visibilitySixTimesTimeout, 'a visibility timeout of 2× the function timeout', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs', { visibilityTimeout: broken ? 60 : 180 }), b.fn('worker', { timeout: 30 }), 'event-source-mapping');
  }),
  ruleCase(visibilitySixTimesTimeout, 'a 15-minute function below the 12-hour cap', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs', { visibilityTimeout: broken ? 5000 : 5400 }), b.fn('worker', { timeout: 900 }), 'event-source-mapping');
  }),
  ruleCase(batchingWindowForLargeBatches, 'batches of 100 without a window', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { batchSize: 100, maximumBatchingWindowSeconds: broken ? 0 : 5 });
  }),
  ruleCase(fifoBatchSize, 'FIFO batches of 20', (b, broken) => {
    b.edge(b.node('sqs-queue', 'orders', { fifo: true }), b.fn('worker'), 'event-source-mapping', { batchSize: broken ? 20 : 10, maximumBatchingWindowSeconds: 1 });
  }),
  ruleCase(sqsBatchSizeRange, 'batches of 20,000', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { batchSize: broken ? 20_000 : 10_000, maximumBatchingWindowSeconds: 10 });
  }),
  ruleCase(sqsBatchSizeRange, 'batches of 0', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { batchSize: broken ? 0 : 1 });
  }),
  ruleCase(queueRedrivePolicy, 'a polled queue without a dead-letter queue', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping');
    if (!broken) b.edge('jobs', b.node('sqs-queue', 'jobs-dlq'), 'dead-letter');
  }),
  ruleCase(fifoMessageGroups, 'a FIFO queue feeding a function', (b, broken) => {
    b.edge(b.node('sqs-queue', 'orders', { fifo: broken }), b.fn('worker'), 'event-source-mapping');
  }),
  ruleCase(maximumConcurrencyRange, 'maximum concurrency 1', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { maximumConcurrency: broken ? 1 : 2 });
  }),
  ruleCase(maximumConcurrencyAboveReserved, 'maximum concurrency above reserved', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker', { reservedConcurrency: 10 }), 'event-source-mapping', { maximumConcurrency: broken ? 50 : 10 });
  }),
  ruleCase(partialBatchResponses, 'batches without partial responses', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { batchSize: 10, reportBatchItemFailures: !broken });
  }),
  ruleCase(deadLetterRetention, 'a dead-letter queue keeping messages as long as its source', (b, broken) => {
    b.node('sqs-queue', 'jobs', { messageRetentionPeriod: 345_600 });
    b.edge('jobs', b.node('sqs-queue', 'jobs-dlq', { messageRetentionPeriod: broken ? 345_600 : 1_209_600 }), 'dead-letter');
  }),
  ruleCase(deadLetterQueueType, 'a FIFO queue redriving to a standard queue', (b, broken) => {
    b.edge(b.node('sqs-queue', 'orders', { fifo: true }), b.node('sqs-queue', 'orders-dlq', { fifo: !broken }), 'dead-letter');
  }),
  ruleCase(maxReceiveCount, 'a polled queue dead-lettering after 1 receive', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping');
    b.edge('jobs', b.node('sqs-queue', 'jobs-dlq'), 'dead-letter', { maxReceiveCount: broken ? 1 : 5 });
  }),
  ruleCase(sqsBatchingWindowRange, 'a batching window of 10 minutes', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping', { maximumBatchingWindowSeconds: broken ? 600 : 300 });
  }),
];
