import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { queueConsumers } from '../lib/visibility';

export const fifoMessageGroups = defineRule({
  id: 'SQS007',
  severity: 'info',
  title: 'FIFO queues scale with their message groups',
  why: 'Lambda processes each FIFO message group in order, one batch at a time, so concurrency never exceeds the number of active message group ids; a single group id means one invocation at a time.',
  limit: 'FIFO concurrency ≤ number of active message groups (standard queues scale up by 60 instances a minute, to 1,000 batches).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      if (!queue.config.fifo) continue;
      const { edges, functions } = queueConsumers(index, queue);
      if (functions.length === 0) continue;
      report({
        message: `FIFO queue ${index.name(queue.id)} is processed in order per message group: ${functions.map((f) => index.name(f.id)).join(', ')} can scale only to the number of active message group ids.`,
        nodeIds: [queue.id, ...functions.map((f) => f.id)],
        edgeIds: edges.map((e) => e.id),
      });
    }
  },
});
