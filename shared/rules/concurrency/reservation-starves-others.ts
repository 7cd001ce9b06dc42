import { defineRule } from '../define-rule';
import { concurrencyBudgetOf } from '../lib/concurrency-budget';
import { nodeChange } from '../lib/fixes';
import { formatNumber, joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const round = (n: number) => formatNumber(Math.round(n * 10) / 10);

export const reservationStarvesOthers = defineRule({
  id: 'CON006',
  severity: 'warning',
  title: 'Reserved concurrency leaves enough for the other functions',
  why: 'A reservation is taken out of the account’s pool whether the function uses it or not; when it holds more than its function needs while the functions without a reservation need more than is left, they are throttled for nothing.',
  limit: 'Account limit − reservations ≥ what the unreserved functions need (expected or provisioned concurrency).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-concurrency.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    const { functions, account } = concurrencyBudgetOf(index);
    if (account.status !== 'throttles') return;
    const starved = functions.filter((f) => f.reserved === undefined && Math.max(f.expected, f.provisioned ?? 0) > 0);
    if (starved.length === 0) return;
    const shortfall = Math.ceil(account.unreservedDemand - account.unreservedPool - 1e-9);
    for (const fn of functions) {
      if (fn.reserved === undefined) continue;
      const need = Math.ceil(Math.max(fn.expected, fn.provisioned ?? 0) - 1e-9);
      if (fn.reserved <= need) continue;
      const lowered = Math.max(need, fn.reserved - shortfall);
      report({
        message: `Function ${index.name(fn.nodeId)} reserves ${formatNumber(fn.reserved)} concurrent executions but is expected to use ${round(fn.expected)}, leaving ${formatNumber(account.unreservedPool)} unreserved for ${joinWords(starved.map((f) => index.name(f.nodeId)))}, which need ${round(account.unreservedDemand)}.`,
        nodeIds: [fn.nodeId, ...starved.map((f) => f.nodeId)],
        fix: { label: `Reserve ${formatNumber(lowered)} instead`, changes: [nodeChange(fn.nodeId, ['reservedConcurrency'], lowered)] },
      });
    }
  },
});
