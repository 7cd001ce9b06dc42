import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { queueConsumers } from '../lib/visibility';

export const queueRedrivePolicy = defineRule({
  id: 'SQS006',
  severity: 'warning',
  title: 'Polled queues have a dead-letter queue',
  why: 'A message the function cannot process returns to the queue again and again until its retention ends, costing invocations and blocking FIFO message groups; a redrive policy moves it aside after a few receives.',
  limit: 'Source queue RedrivePolicy: deadLetterTargetArn and maxReceiveCount (Lambda recommends at least 5).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      const { edges, functions } = queueConsumers(index, queue);
      if (functions.length === 0 || index.out(queue.id, 'dead-letter').length > 0) continue;
      report({
        message: `Queue ${index.name(queue.id)} feeds ${functions.map((f) => index.name(f.id)).join(', ')} but has no dead-letter queue: a message that always fails is received until it expires.`,
        nodeIds: [queue.id, ...functions.map((f) => f.id)],
        edgeIds: edges.map((e) => e.id),
      });
    }
  },
});
