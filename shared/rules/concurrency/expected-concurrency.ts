import { KEEP_UNRESERVED } from '../../cost/concurrency-budget';
import { defineRule } from '../define-rule';
import { concurrencyBudgetOf } from '../lib/concurrency-budget';
import { nodeChange } from '../lib/fixes';
import { formatNumber, joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const round = (n: number) => formatNumber(Math.round(n * 10) / 10);

export const expectedConcurrency = defineRule({
  id: 'CON005',
  severity: 'warning',
  title: 'Expected concurrency within the function’s concurrency',
  why: 'Concurrency is arrival rate × duration. Above the function’s reserved concurrency, or above what the account leaves unreserved, Lambda throttles: synchronous callers get 429 errors, asynchronous events are retried for up to 6 hours, queues and streams fall behind.',
  limit: 'Expected concurrency (invocations/s × average duration, within each event source’s own bound) ≤ reserved concurrency, or ≤ the account limit minus every reservation.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    const budget = concurrencyBudgetOf(index);
    for (const fn of budget.functions) {
      if (fn.reserved === undefined || fn.expected <= fn.reserved + 1e-9) continue;
      const needed = Math.ceil(fn.expected - 1e-9);
      const othersReserved = budget.account.reserved - fn.reserved;
      const fits = budget.account.limit - othersReserved - needed >= KEEP_UNRESERVED;
      report({
        message: `Function ${index.name(fn.nodeId)} is expected to run ${round(fn.expected)} concurrent executions (${fn.explanation.split(';')[0]}) but reserves ${formatNumber(fn.reserved)}: the rest ${fn.status === 'backlog' ? 'waits in its queue or stream' : 'is throttled'}.`,
        nodeIds: [fn.nodeId],
        ...(fits ? { fix: { label: `Reserve ${formatNumber(needed)} concurrent executions`, changes: [nodeChange(fn.nodeId, ['reservedConcurrency'], needed)] } } : {}),
      });
    }
    const { account } = budget;
    if (account.status !== 'throttles') return;
    // Reservations larger than their function needs are CON006's to report; here the account itself is short.
    const slack = budget.functions.some((f) => f.reserved !== undefined && f.reserved > Math.max(f.expected, f.provisioned ?? 0) + 1e-9);
    if (slack) return;
    const short = budget.functions.filter((f) => f.reserved === undefined && Math.max(f.expected, f.provisioned ?? 0) > 0);
    if (short.length === 0) return;
    report({
      message: `${joinWords(short.map((f) => index.name(f.nodeId)))} need ${round(account.unreservedDemand)} concurrent executions together, but the account leaves ${formatNumber(account.unreservedPool)} unreserved (limit ${formatNumber(account.limit)} − ${formatNumber(account.reserved)} reserved): they will be throttled. Raise the account’s concurrency quota.`,
      nodeIds: short.map((f) => f.nodeId),
    });
  },
});
