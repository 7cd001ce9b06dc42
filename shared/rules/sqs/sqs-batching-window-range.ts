import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const sqsBatchingWindowRange = defineRule({
  id: 'SQS014',
  severity: 'error',
  title: 'Queue batching window between 0 and 300 seconds',
  why: 'Lambda waits at most five minutes to gather a batch and refuses longer windows.',
  limit: 'MaximumBatchingWindowInSeconds: 0 to 300 s.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const window = index.edgeConfig(edge, SqsMappingConfig).maximumBatchingWindowSeconds;
        if (window >= 0 && window <= 300) continue;
        const value = clamp(window, 0, 300);
        report({
          message: `${index.name(edge.target)} waits ${formatNumber(window)} s to gather batches from ${index.name(queue.id)}; Lambda allows 0 to 300 s.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: `Wait ${formatNumber(value)} s`, changes: [edgeChange(edge.id, ['maximumBatchingWindowSeconds'], value)] },
        });
      }
    }
  },
});
