import { KEEP_UNRESERVED } from '../../cost/concurrency-budget';
import { defineRule } from '../define-rule';
import { formatNumber, plural } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const unreservedConcurrency = defineRule({
  id: 'CON001',
  severity: 'error',
  title: 'At least 100 concurrent executions left unreserved',
  why: 'Reserved (and provisioned) concurrency is taken out of the account’s pool; Lambda refuses reservations that leave fewer than 100 executions for every other function, which would then be throttled.',
  limit: 'Account concurrency (settings: default 1,000 per Region) minus all reserved concurrency ≥ 100.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    const limit = index.settings.accountConcurrencyLimit;
    const reserving = index.functions.filter((fn) => (fn.config.reservedConcurrency ?? fn.config.provisionedConcurrency ?? 0) > 0);
    const total = reserving.reduce((sum, fn) => sum + (fn.config.reservedConcurrency ?? fn.config.provisionedConcurrency ?? 0), 0);
    if (reserving.length === 0 || limit - total >= KEEP_UNRESERVED) return;
    const listed = reserving.slice(0, 5).map((fn) => `${index.name(fn.id)} ${formatNumber(fn.config.reservedConcurrency ?? fn.config.provisionedConcurrency ?? 0)}`);
    report({
      message: `${plural(reserving.length, 'function')} reserve ${formatNumber(total)} of the account’s ${formatNumber(limit)} concurrent executions (${listed.join(', ')}${reserving.length > 5 ? ', …' : ''}); Lambda keeps 100 unreserved, so at most ${formatNumber(Math.max(0, limit - KEEP_UNRESERVED))} can be reserved.`,
      nodeIds: reserving.map((fn) => fn.id),
    });
  },
});
