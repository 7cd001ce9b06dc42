import { useState } from 'react';
import { costCsv, formatUsd } from '../../../shared/cost';
import { currentHost } from '../../host/current-host';
import { useCostEstimate } from '../../state/cost-state';
import { useDesigner } from '../../state/store';
import { useUi } from '../../state/ui-store';
import { revealFinding } from '../problems/reveal-finding';
import { ConcurrencyBudgetView } from './ConcurrencyBudgetView';
import { WhatIfSlider } from './WhatIfSlider';
import './cost.css';

function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
}

/** What the design costs per month, by component and by kind, each figure with how it was computed. */
export function CostPanel() {
  const estimate = useCostEstimate();
  const freeTier = useUi((s) => s.costFreeTier);
  const name = useDesigner((s) => s.design.name);
  const [open, setOpen] = useState<string | null>(null);
  const exportCsv = () => void currentHost().exportFile(new Blob([costCsv(estimate)], { type: 'text/csv' }), `${slug(name)}.cost.csv`, 'Cost breakdown (CSV)', '.csv');
  return (
    <section className="cost-panel" data-testid="cost-panel" aria-label="Cost">
      <div className="cost-total">
        <span className="cost-total-figure" data-testid="cost-total">{formatUsd(estimate.totalUsd)}</span>
        <span className="muted"> per month · {estimate.prices.region} on-demand prices of {estimate.prices.asOf}</span>
      </div>
      <div className="cost-controls">
        <label>
          <input type="checkbox" checked={freeTier} onChange={(e) => useUi.getState().set({ costFreeTier: e.target.checked })} /> Lambda free tier
          {freeTier && estimate.freeTier.savedUsd > 0 ? <span className="muted"> (saves {formatUsd(estimate.freeTier.savedUsd)})</span> : null}
        </label>
        <WhatIfSlider />
        <button type="button" onClick={exportCsv}>Export CSV…</button>
      </div>
      {!estimate.trafficStated ? (
        <p className="cost-hint" data-testid="cost-no-traffic">No traffic stated yet: give a trigger its expected load (Traffic in the inspector) and each function its average duration.</p>
      ) : null}
      <section className="cost-section">
        <h4>By kind</h4>
        <table className="cost-table" data-testid="cost-by-kind">
          <tbody>
            {estimate.byKind.map((k) => (
              <tr key={k.kind}>
                <td>{k.label} <span className="muted">× {k.count}</span></td>
                <td className="usd">{formatUsd(k.monthlyUsd)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section className="cost-section">
        <h4>By component</h4>
        <ul className="cost-lines" data-testid="cost-lines">
          {estimate.lines.map((line) => (
            <li key={line.nodeId} data-node={line.nodeId}>
              <button type="button" className="cost-line" aria-expanded={open === line.nodeId} onClick={() => setOpen(open === line.nodeId ? null : line.nodeId)}>
                <span>{line.name} <span className="muted">{line.kindLabel}</span></span>
                <span className="usd">{formatUsd(line.monthlyUsd)}</span>
              </button>
              {open === line.nodeId ? (
                <div className="cost-details">
                  {line.function ? (
                    <p>
                      {line.function.memoryMB} MB ≈ {line.function.vcpu.toFixed(2)} vCPU ({line.function.architecture}) · {line.function.billedDurationMs} ms billed{line.function.durationStated ? '' : ' (no duration stated: the timeout)'}
                    </p>
                  ) : null}
                  <ul>
                    {line.charges.map((c) => (
                      <li key={c.label}>
                        <strong>{c.label}</strong> {formatUsd(c.usd)}: {c.explanation}
                      </li>
                    ))}
                  </ul>
                  <button type="button" className="link-button" onClick={() => revealFinding({ ruleId: '', severity: 'info', message: '', nodeIds: [line.nodeId], edgeIds: [] })}>
                    Show on the canvas
                  </button>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>
      <ConcurrencyBudgetView budget={estimate.concurrency} />
      {estimate.notes.length > 0 ? (
        <section className="cost-section">
          <h4>Assumed and left out</h4>
          <ul className="cost-notes">
            {estimate.notes.map((n) => <li key={n}>{n}</li>)}
          </ul>
        </section>
      ) : null}
    </section>
  );
}

/** The tab's label: the monthly total at a glance. */
export function CostTabLabel() {
  const estimate = useCostEstimate();
  return (
    <span>
      Cost <span className="tab-cost" data-testid="tab-cost-total">{formatUsd(estimate.totalUsd)}</span>
    </span>
  );
}
