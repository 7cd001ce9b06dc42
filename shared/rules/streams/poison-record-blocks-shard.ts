import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamFailureDestinations, streamMappings } from '../lib/stream-mappings';

export const poisonRecordBlocksShard = defineRule({
  id: 'STR003',
  severity: 'warning',
  title: 'Failing stream batches do not block the shard forever',
  why: 'By default Lambda retries a failing batch until its records expire, and keeps the shard paused to preserve order: one bad record stops the shard for up to the stream’s retention. Limit retries or record age, and send discarded batches to an on-failure destination.',
  limit: 'MaximumRetryAttempts -1 (default) retries until the records expire; set 0–10,000 with an SQS or SNS on-failure destination.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      if (config.maximumRetryAttempts !== -1 || streamFailureDestinations(index, fn).length > 0) continue;
      report({
        message: `${index.name(fn.id)} retries failing batches of ${describeStream(index, source)} without limit and has no on-failure destination: a bad record stalls its shard until the record expires.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
      });
    }
  },
});
