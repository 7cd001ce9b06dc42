import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const fifoTopicFunctionSubscription = defineRule({
  id: 'INV007',
  severity: 'error',
  title: 'FIFO topics deliver to queues, not functions',
  why: 'SNS FIFO topics only deliver to SQS queues, which keep the order; to process them in a function, subscribe a (FIFO) queue and let Lambda poll it.',
  limit: 'SNS FIFO subscriptions: SQS queues only.',
  docsUrl: 'https://docs.aws.amazon.com/sns/latest/dg/fifo-message-delivery.html',
  seed: SEEDS.longNotes,
  check(index, report) {
    for (const topic of index.ofKind('sns-topic')) {
      if (!topic.config.fifo) continue;
      for (const edge of index.out(topic.id, 'invoke-async')) {
        report({
          message: `FIFO topic ${index.name(topic.id)} cannot invoke function ${index.name(edge.target)}; subscribe a FIFO queue and let the function poll it.`,
          nodeIds: [topic.id, edge.target],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
