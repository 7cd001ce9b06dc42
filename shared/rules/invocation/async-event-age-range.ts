import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MIN = 60;
const MAX = 21_600;

export const asyncEventAgeRange = defineRule({
  id: 'INV002',
  severity: 'error',
  title: 'Maximum event age between 60 s and 6 hours',
  why: 'Lambda keeps asynchronous events in its queue, retrying throttles and errors, for at most six hours; it refuses ages outside the range.',
  limit: 'MaximumEventAgeInSeconds: 60 to 21,600 s (default 21,600).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const age = fn.config.asyncInvoke.maximumEventAgeInSeconds;
      if (age >= MIN && age <= MAX) continue;
      const value = clamp(age, MIN, MAX);
      report({
        message: `Function ${index.name(fn.id)} keeps asynchronous events ${formatNumber(age)} s; Lambda allows 60 to 21,600 s.`,
        nodeIds: [fn.id],
        fix: { label: `Keep events ${formatNumber(value)} s`, changes: [nodeChange(fn.id, ['asyncInvoke', 'maximumEventAgeInSeconds'], value)] },
      });
    }
  },
});
