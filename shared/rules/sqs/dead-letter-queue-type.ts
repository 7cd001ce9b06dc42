import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const deadLetterQueueType = defineRule({
  id: 'SQS012',
  severity: 'error',
  title: 'Dead-letter queue of the same type as its source',
  why: 'SQS refuses a redrive policy whose dead-letter queue is not of the source’s type: FIFO queues need a FIFO dead-letter queue, standard queues a standard one.',
  limit: 'Dead-letter queue type = source queue type (FIFO or standard).',
  docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const source of index.ofKind('sqs-queue')) {
      for (const edge of index.out(source.id, 'dead-letter')) {
        const dlq = index.nodeOf(edge.target, 'sqs-queue');
        if (!dlq || dlq.config.fifo === source.config.fifo) continue;
        const kind = (fifo: boolean) => (fifo ? 'FIFO' : 'standard');
        report({
          message: `${kind(source.config.fifo)} queue ${index.name(source.id)} redrives to ${kind(dlq.config.fifo)} queue ${index.name(dlq.id)}; a dead-letter queue must be ${kind(source.config.fifo)} too.`,
          nodeIds: [source.id, dlq.id],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
