import { RedriveConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

const RECOMMENDED = 5;

export const maxReceiveCount = defineRule({
  id: 'SQS013',
  severity: 'warning',
  title: 'At least 5 receives before a polled message is dead-lettered',
  why: 'A throttled Lambda batch counts as a receive; with a low maxReceiveCount, messages reach the dead-letter queue without ever being processed.',
  limit: 'maxReceiveCount ≥ 5 on queues polled by Lambda.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const queue of index.ofKind('sqs-queue')) {
      if (index.out(queue.id, 'event-source-mapping').length === 0) continue;
      for (const edge of index.out(queue.id, 'dead-letter')) {
        const count = index.edgeConfig(edge, RedriveConfig).maxReceiveCount;
        if (count >= RECOMMENDED) continue;
        report({
          message: `Queue ${index.name(queue.id)} moves messages to ${index.name(edge.target)} after ${count} receive${count === 1 ? '' : 's'}; Lambda throttling alone can use those up.`,
          nodeIds: [queue.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: 'Allow 5 receives', changes: [edgeChange(edge.id, ['maxReceiveCount'], RECOMMENDED)] },
        });
      }
    }
  },
});
