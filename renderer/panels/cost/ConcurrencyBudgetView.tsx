import type { ConcurrencyBudget } from '../../../shared/cost';
import { formatCount } from '../../../shared/cost';
import { useDesigner } from '../../state/store';

const STATUS = { 'no-traffic': 'no traffic', fits: 'fits', throttles: 'throttles', backlog: 'backlog' } as const;

function concurrency(n: number): string {
  return n >= 10 ? formatCount(Math.round(n)) : n.toFixed(2).replace(/\.?0+$/, '') || '0';
}

/** Per function: expected concurrency against what it may use; for the account: the limit and its reservations. */
export function ConcurrencyBudgetView({ budget }: { budget: ConcurrencyBudget }) {
  const { account } = budget;
  return (
    <section className="cost-section" data-testid="concurrency-budget">
      <h4>Concurrency budget</h4>
      <p className={`budget-account status-${account.status}`} title={account.explanation}>
        Account limit {formatCount(account.limit)} − reserved {formatCount(account.reserved)} = {formatCount(account.unreservedPool)} unreserved; functions without a reservation need {concurrency(account.unreservedDemand)}.
      </p>
      <table className="cost-table">
        <thead>
          <tr>
            <th>Function</th>
            <th>Expected</th>
            <th>Limit</th>
            <th>Status</th>
          </tr>
        </thead>
        <tbody>
          {budget.functions.map((f) => (
            <tr key={f.nodeId} data-testid={`budget-${f.nodeId}`} className={`status-${f.status}`} title={f.explanation} onClick={() => useDesigner.getState().select({ nodes: [f.nodeId], edges: [] })}>
              <td>{f.name}</td>
              <td>{concurrency(f.expected)}</td>
              <td>
                {formatCount(f.limit)} <span className="muted">{f.limitKind === 'reserved' ? 'reserved' : 'shared'}</span>
              </td>
              <td className="budget-status">{STATUS[f.status]}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ul className="budget-explanations">
        {budget.functions.map((f) => (
          <li key={f.nodeId}>
            <strong>{f.name}</strong>: {f.explanation}
          </li>
        ))}
      </ul>
    </section>
  );
}
