import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const reservedZero = defineRule({
  id: 'CON004',
  severity: 'warning',
  title: 'Reserved concurrency above zero',
  why: 'Reserved concurrency is also a ceiling: at 0 every invocation is throttled, which is how a function is switched off in an emergency, not how it should deploy.',
  limit: 'Reserved concurrency 0 throttles every invocation (429 for synchronous callers).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.reservedConcurrency !== 0) continue;
      report({ message: `Function ${index.name(fn.id)} reserves 0 concurrent executions, so Lambda throttles every invocation.`, nodeIds: [fn.id] });
    }
  },
});
