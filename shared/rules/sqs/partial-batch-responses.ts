import { SqsMappingConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const partialBatchResponses = defineRule({
  id: 'SQS010',
  severity: 'info',
  title: 'Partial batch responses for queue batches',
  why: 'When one message of a batch fails, the whole batch returns to the queue and every message is processed again; reporting batch item failures returns only the failed ones (the handler must return batchItemFailures).',
  limit: 'FunctionResponseTypes: ReportBatchItemFailures, for batch sizes above 1.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      for (const edge of index.out(queue.id, 'event-source-mapping')) {
        const config = index.edgeConfig(edge, SqsMappingConfig);
        if (config.batchSize <= 1 || config.reportBatchItemFailures) continue;
        report({
          message: `${index.name(edge.target)} processes batches from ${index.name(queue.id)} without partial batch responses: one failed message sends the whole batch back.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
