import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const retryAttemptsRange = defineRule({
  id: 'STR007',
  severity: 'error',
  title: 'Stream retries -1 or between 0 and 10,000',
  why: 'Lambda refuses retry counts outside the range; -1 retries until the records expire.',
  limit: 'MaximumRetryAttempts: -1, or 0 to 10,000.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      const retries = config.maximumRetryAttempts;
      if (retries >= -1 && retries <= 10_000) continue;
      const value = clamp(retries, -1, 10_000);
      report({
        message: `${index.name(fn.id)} retries failing batches of ${describeStream(index, source)} ${formatNumber(retries)} times; Lambda allows -1 or 0 to 10,000.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Retry ${formatNumber(value)} times`, changes: [edgeChange(edge.id, ['maximumRetryAttempts'], value)] },
      });
    }
  },
});
