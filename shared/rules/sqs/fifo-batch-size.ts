import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const fifoBatchSize = defineRule({
  id: 'SQS004',
  severity: 'error',
  title: 'FIFO batches of at most 10 messages',
  why: 'Lambda reads FIFO queues in order, at most 10 messages per batch; larger batch sizes are refused.',
  limit: 'FIFO queue batch size: 1 to 10.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-configure.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      if (!queue.config.fifo) continue;
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const { batchSize } = index.edgeConfig(edge, SqsMappingConfig);
        if (batchSize <= 10) continue;
        report({
          message: `${index.name(edge.target)} reads ${formatNumber(batchSize)} messages per batch from FIFO queue ${index.name(queue.id)}; FIFO queues allow 10.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: 'Read 10 messages per batch', changes: [edgeChange(edge.id, ['batchSize'], 10)] },
        });
      }
    }
  },
});
