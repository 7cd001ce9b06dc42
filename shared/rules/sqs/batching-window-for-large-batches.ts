import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const batchingWindowForLargeBatches = defineRule({
  id: 'SQS003',
  severity: 'error',
  title: 'Batches above 10 messages need a batching window',
  why: 'A single poll returns at most 10 messages; to gather larger batches Lambda must wait, so it refuses a batch size above 10 without a batching window.',
  limit: 'SQS batch size > 10 requires MaximumBatchingWindowInSeconds ≥ 1.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const config = index.edgeConfig(edge, SqsMappingConfig);
        if (config.batchSize <= 10 || config.maximumBatchingWindowSeconds > 0) continue;
        report({
          message: `${index.name(edge.target)} reads ${formatNumber(config.batchSize)} messages per batch from ${index.name(queue.id)} without a batching window; above 10 Lambda needs one.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: 'Wait up to 1 s to gather a batch', changes: [edgeChange(edge.id, ['maximumBatchingWindowSeconds'], 1)] },
        });
      }
    }
  },
});
