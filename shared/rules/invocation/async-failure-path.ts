import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const asyncFailurePath = defineRule({
  id: 'INV005',
  severity: 'warning',
  title: 'Asynchronous invocations keep their failures',
  why: 'An asynchronous event that fails every retry, or outlives the maximum event age, is dropped; an on-failure destination or a dead-letter queue keeps it for inspection and replay.',
  limit: 'Async invocations: 2 retries and 6 hours by default, then the event is discarded unless an on-failure destination or DLQ is set.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const asyncCalls = index.in(fn.id, 'invoke-async');
      if (asyncCalls.length === 0 || index.out(fn.id, 'on-failure').length > 0 || index.out(fn.id, 'dead-letter').length > 0) continue;
      report({
        message: `Function ${index.name(fn.id)} is invoked asynchronously by ${asyncCalls.map((e) => index.name(e.source)).join(', ')} but has no on-failure destination or dead-letter queue: events that fail every retry are lost.`,
        nodeIds: [fn.id, ...asyncCalls.map((e) => e.source)],
        edgeIds: asyncCalls.map((e) => e.id),
      });
    }
  },
});
