import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const asyncRetryRange = defineRule({
  id: 'INV001',
  severity: 'error',
  title: 'Asynchronous retries between 0 and 2',
  why: 'For asynchronous invocations Lambda retries a failed event at most twice (three attempts in all), waiting one then two minutes; it refuses other values. Make the handler idempotent, as retries repeat it.',
  limit: 'MaximumRetryAttempts: 0 to 2 (default 2).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-configuring.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const fn of index.functions) {
      const retries = fn.config.asyncInvoke.maximumRetryAttempts;
      if (retries >= 0 && retries <= 2) continue;
      const value = clamp(retries, 0, 2);
      report({
        message: `Function ${index.name(fn.id)} retries asynchronous events ${formatNumber(retries)} times; Lambda allows 0 to 2.`,
        nodeIds: [fn.id],
        fix: { label: `Retry ${value} time${value === 1 ? '' : 's'}`, changes: [nodeChange(fn.id, ['asyncInvoke', 'maximumRetryAttempts'], value)] },
      });
    }
  },
});
