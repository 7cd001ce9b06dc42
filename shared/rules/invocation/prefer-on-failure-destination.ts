import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const preferOnFailureDestination = defineRule({
  id: 'INV006',
  severity: 'info',
  title: 'On-failure destination rather than a dead-letter queue',
  why: 'A dead-letter queue receives only the event; an on-failure destination also records the error, the stack trace and the attempts, and can be a queue, topic, event bus or function. AWS recommends destinations (both may be used together).',
  limit: 'DLQ: SQS or SNS, event only; on-failure destination: SQS, SNS, EventBridge or Lambda, with invocation record.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const deadLetters = index.out(fn.id, 'dead-letter');
      if (deadLetters.length === 0 || !index.isInvokedAsync(fn.id) || index.out(fn.id, 'on-failure').length > 0) continue;
      report({
        message: `Function ${index.name(fn.id)} keeps failed events in dead-letter queue ${deadLetters.map((e) => index.name(e.target)).join(', ')}; an on-failure destination would also record why they failed.`,
        nodeIds: [fn.id, ...deadLetters.map((e) => e.target)],
        edgeIds: deadLetters.map((e) => e.id),
      });
    }
  },
});
