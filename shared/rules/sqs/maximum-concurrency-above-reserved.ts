import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const maximumConcurrencyAboveReserved = defineRule({
  id: 'SQS009',
  severity: 'warning',
  title: 'Queue maximum concurrency within the function’s reserved concurrency',
  why: 'When the mapping may drive more invocations than the function’s reserved concurrency, Lambda throttles the extra batches, which return to the queue and count as receives toward the dead-letter queue.',
  limit: 'MaximumConcurrency ≤ reserved concurrency of the function.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const fn = index.nodeOf(edge.target, 'lambda-function');
        const reserved = fn?.config.reservedConcurrency;
        const { maximumConcurrency } = index.edgeConfig(edge, SqsMappingConfig);
        if (!fn || reserved === undefined || maximumConcurrency === undefined || maximumConcurrency <= reserved || reserved < 2) continue;
        report({
          message: `Queue ${index.name(queue.id)} may drive ${formatNumber(maximumConcurrency)} invocations but function ${index.name(fn.id)} reserves ${formatNumber(reserved)}: the rest are throttled back to the queue.`,
          nodeIds: [queue.id, fn.id],
          edgeIds: [edge.id],
          fix: { label: `Set maximum concurrency to ${formatNumber(reserved)}`, changes: [edgeChange(edge.id, ['maximumConcurrency'], reserved)] },
        });
      }
    }
  },
});
