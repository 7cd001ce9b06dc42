import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX = 10_000;

export const sqsBatchSizeRange = defineRule({
  id: 'SQS005',
  severity: 'error',
  title: 'Queue batch size between 1 and 10,000',
  why: 'Lambda refuses batch sizes outside the range; the whole batch must also fit the 6 MB invocation payload.',
  limit: 'Standard queue batch size: 1 to 10,000 (FIFO: 1 to 10).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const { batchSize } = index.edgeConfig(edge, SqsMappingConfig);
        if (batchSize >= 1 && (batchSize <= MAX || queue.config.fifo)) continue;
        const value = clamp(batchSize, 1, queue.config.fifo ? 10 : MAX);
        report({
          message: `${index.name(edge.target)} reads batches of ${formatNumber(batchSize)} from ${index.name(queue.id)}; Lambda allows 1 to 10,000.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: `Read ${formatNumber(value)} per batch`, changes: [edgeChange(edge.id, ['batchSize'], value)] },
        });
      }
    }
  },
});
