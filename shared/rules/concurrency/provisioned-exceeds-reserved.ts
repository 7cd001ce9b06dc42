import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const provisionedExceedsReserved = defineRule({
  id: 'CON002',
  severity: 'error',
  title: 'Provisioned concurrency within reserved concurrency',
  why: 'Reserved concurrency is the function’s ceiling; Lambda refuses to keep more environments warm than the function may ever run.',
  limit: 'Provisioned concurrency ≤ reserved concurrency, when both are set.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      const { reservedConcurrency: reserved, provisionedConcurrency: provisioned } = fn.config;
      if (reserved === undefined || provisioned === undefined || provisioned <= reserved) continue;
      report({
        message: `Function ${index.name(fn.id)} provisions ${formatNumber(provisioned)} environments but reserves only ${formatNumber(reserved)} concurrent executions.`,
        nodeIds: [fn.id],
      });
    }
  },
});
