import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_RETENTION = 1_209_600;

export const deadLetterRetention = defineRule({
  id: 'SQS011',
  severity: 'warning',
  title: 'Dead-letter queues keep messages longer than their source',
  why: 'A message moved from a standard queue to its dead-letter queue keeps its original enqueue time, so it expires as if it had stayed in the source queue; a shorter or equal retention leaves little or no time to inspect it.',
  limit: 'Dead-letter queue retention > source queue retention (at most 1,209,600 s, 14 days).',
  docsUrl: 'https://docs.aws.amazon.com/AWSSimpleQueueService/latest/SQSDeveloperGuide/sqs-dead-letter-queues.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const source of index.ofKind('sqs-queue')) {
      if (source.config.fifo) continue;
      for (const edge of index.out(source.id, 'dead-letter')) {
        const dlq = index.nodeOf(edge.target, 'sqs-queue');
        if (!dlq || dlq.config.messageRetentionPeriod > source.config.messageRetentionPeriod || dlq.config.messageRetentionPeriod >= MAX_RETENTION) continue;
        report({
          message: `Dead-letter queue ${index.name(dlq.id)} keeps messages ${formatNumber(dlq.config.messageRetentionPeriod)} s, not longer than source ${index.name(source.id)} (${formatNumber(source.config.messageRetentionPeriod)} s): failed messages expire soon after they arrive.`,
          nodeIds: [dlq.id, source.id],
          edgeIds: [edge.id],
          fix: { label: 'Keep dead letters 14 days', changes: [nodeChange(dlq.id, ['messageRetentionPeriod'], MAX_RETENTION)] },
        });
      }
    }
  },
});
