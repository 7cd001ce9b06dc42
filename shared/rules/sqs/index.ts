import type { RuleDefinition } from '../define-rule';
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

/** The sqs rules, by id. */
export const SQS_RULES: readonly RuleDefinition[] = [
  visibilityBelowFunctionTimeout,
  visibilitySixTimesTimeout,
  batchingWindowForLargeBatches,
  fifoBatchSize,
  sqsBatchSizeRange,
  queueRedrivePolicy,
  fifoMessageGroups,
  maximumConcurrencyRange,
  maximumConcurrencyAboveReserved,
  partialBatchResponses,
  deadLetterRetention,
  deadLetterQueueType,
  maxReceiveCount,
  sqsBatchingWindowRange,
];
