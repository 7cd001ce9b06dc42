import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { queueConsumers } from '../lib/visibility';

export const visibilitySixTimesTimeout = defineRule({
  id: 'SQS002',
  severity: 'warning',
  title: 'Queue visibility timeout six times the function timeout',
  why: 'Lambda may retry a throttled batch several times before the function runs it; a visibility timeout of six times the function timeout (plus the batching window) keeps those messages from reappearing meanwhile.',
  limit: 'Queue visibility timeout ≥ 6 × function timeout (at most 43,200 s).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      const { edges, functions, longest, recommended } = queueConsumers(index, queue);
      const visibility = queue.config.visibilityTimeout;
      if (functions.length === 0 || visibility < longest || visibility >= recommended) continue;
      report({
        message: `Queue ${index.name(queue.id)} hides messages for ${formatNumber(visibility)} s; with a ${formatNumber(longest)} s function timeout AWS recommends ${formatNumber(recommended)} s.`,
        nodeIds: [queue.id, ...functions.map((f) => f.id)],
        edgeIds: edges.map((e) => e.id),
        fix: { label: `Set the visibility timeout to ${formatNumber(recommended)} s`, changes: [nodeChange(queue.id, ['visibilityTimeout'], recommended)] },
      });
    }
  },
});
