import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const bisectOnError = defineRule({
  id: 'STR004',
  severity: 'info',
  title: 'Split failing stream batches',
  why: 'Splitting a failing batch in two and retrying each half isolates the bad record (and works around timeouts on large batches) instead of retrying the whole batch; retries do not count splits.',
  limit: 'BisectBatchOnFunctionError: true for batches of more than one record.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      if (config.bisectBatchOnFunctionError || config.batchSize <= 1) continue;
      report({
        message: `${index.name(fn.id)} retries whole failing batches of ${describeStream(index, source)}; splitting them on error isolates the bad record.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: 'Split batches on error', changes: [edgeChange(edge.id, ['bisectBatchOnFunctionError'], true)] },
      });
    }
  },
});
