import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const deadLetterWithQueueTrigger = defineRule({
  id: 'INV004',
  severity: 'warning',
  title: 'Queue-triggered functions use the queue’s redrive policy',
  why: 'A function’s dead-letter queue catches failed asynchronous events only. Messages polled from SQS that keep failing return to their queue and go to the queue’s own dead-letter queue (redrive policy), never to the function’s.',
  limit: 'Function DeadLetterConfig: asynchronous invocations only; for SQS triggers set a redrive policy on the source queue.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const deadLetters = index.out(fn.id, 'dead-letter');
      if (deadLetters.length === 0 || index.isInvokedAsync(fn.id)) continue;
      const queues = index.invocationsOf(fn.id).filter((i) => i.model === 'polled' && i.source.kind === 'sqs-queue');
      if (queues.length === 0) continue;
      report({
        message: `Function ${index.name(fn.id)} is triggered by queue ${queues.map((q) => index.name(q.source.id)).join(', ')}, so its dead-letter queue ${deadLetters.map((e) => index.name(e.target)).join(', ')} never receives failed messages; give the source queue a redrive policy instead.`,
        nodeIds: [fn.id, ...deadLetters.map((e) => e.target), ...queues.map((q) => q.source.id)],
        edgeIds: [...deadLetters.map((e) => e.id), ...queues.map((q) => q.edge.id)],
      });
    }
  },
});
