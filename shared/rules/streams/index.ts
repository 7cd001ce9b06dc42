import type { RuleDefinition } from '../define-rule';
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

/** The streams rules, by id. */
export const STREAMS_RULES: readonly RuleDefinition[] = [
  streamBatchSizeRange,
  parallelizationFactorRange,
  poisonRecordBlocksShard,
  bisectOnError,
  dynamodbStartingPosition,
  recordAgeRange,
  retryAttemptsRange,
  tableStreamEnabled,
  shardConcurrency,
  tumblingWindowRange,
  streamBatchingWindowRange,
  recordAgeBeyondRetention,
];
