import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const unconnectedFunction = defineRule({
  id: 'OPS004',
  severity: 'info',
  title: 'Functions are connected to something',
  why: 'A function runs only when something invokes it: a trigger, a caller, an event source mapping or its function URL. A function with no connection at all in the design is either invoked from outside it (then suppress this finding) or forgotten.',
  limit: 'Every function: at least one connection or a function URL.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-invocation.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.functionUrl.enabled || index.in(fn.id).length > 0 || index.out(fn.id).length > 0) continue;
      report({
        message: `Function ${index.name(fn.id)} has no connections and no function URL: nothing in the design invokes it.`,
        nodeIds: [fn.id],
      });
    }
  },
});
