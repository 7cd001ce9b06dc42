import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const maximumConcurrencyRange = defineRule({
  id: 'SQS008',
  severity: 'error',
  title: 'Queue maximum concurrency between 2 and 1,000',
  why: 'Maximum concurrency caps how many invocations one queue may drive; Lambda refuses values outside its range.',
  limit: 'ScalingConfig.MaximumConcurrency: 2 to 1,000.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const { maximumConcurrency } = index.edgeConfig(edge, SqsMappingConfig);
        if (maximumConcurrency === undefined || (maximumConcurrency >= 2 && maximumConcurrency <= 1000)) continue;
        const value = clamp(maximumConcurrency, 2, 1000);
        report({
          message: `Queue ${index.name(queue.id)} may drive ${formatNumber(maximumConcurrency)} concurrent invocations of ${index.name(edge.target)}; Lambda allows 2 to 1,000.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: `Set maximum concurrency to ${formatNumber(value)}`, changes: [edgeChange(edge.id, ['maximumConcurrency'], value)] },
        });
      }
    }
  },
});
