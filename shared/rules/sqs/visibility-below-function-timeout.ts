import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { queueConsumers } from '../lib/visibility';

export const visibilityBelowFunctionTimeout = defineRule({
  id: 'SQS001',
  severity: 'error',
  title: 'Queue visibility timeout at least the function timeout',
  why: 'A message becomes visible again after the visibility timeout; if the function may run longer, another invocation receives the same message while the first still works on it. Lambda refuses to create such a mapping.',
  limit: 'Queue visibility timeout ≥ function timeout (AWS recommends 6×).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      const { edges, functions, longest, recommended } = queueConsumers(index, queue);
      if (functions.length === 0 || queue.config.visibilityTimeout >= longest) continue;
      report({
        message: `Queue ${index.name(queue.id)} hides messages for ${formatNumber(queue.config.visibilityTimeout)} s, less than the ${formatNumber(longest)} s timeout of ${functions.map((f) => index.name(f.id)).join(', ')}: messages would be processed twice.`,
        nodeIds: [queue.id, ...functions.map((f) => f.id)],
        edgeIds: edges.map((e) => e.id),
        fix: { label: `Set the visibility timeout to ${formatNumber(recommended)} s (6× the function timeout)`, changes: [nodeChange(queue.id, ['visibilityTimeout'], recommended)] },
      });
    }
  },
});
