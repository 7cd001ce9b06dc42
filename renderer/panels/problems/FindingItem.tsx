import { useState } from 'react';
import { applyConfigChanges } from '../../../shared/model/edits/apply-changes';
import type { Finding } from '../../state/findings';
import { useDesigner } from '../../state/store';
import { useUi } from '../../state/ui-store';
import { revealFinding } from './reveal-finding';
import { SuppressForm } from './SuppressForm';

const SEVERITY_LABEL = { error: 'Error', warning: 'Warning', info: 'Info' } as const;

/** One finding: its message (click to show it on the canvas), the rule, its fix and suppression. */
export function FindingItem({ finding }: { finding: Finding }) {
  const [suppressing, setSuppressing] = useState(false);
  const fix = finding.fix;
  return (
    <li className={`finding finding-${finding.severity}`} data-testid="finding" data-rule={finding.ruleId} data-severity={finding.severity}>
      <button type="button" className="finding-message" onClick={() => revealFinding(finding)} title="Show on the canvas">
        <span className={`severity-dot severity-${finding.severity}`} aria-label={SEVERITY_LABEL[finding.severity]} role="img" />
        {finding.message}
      </button>
      <div className="finding-actions">
        <button type="button" className="link-button finding-rule" onClick={() => useUi.getState().set({ rulesOpen: true, rulesFocus: finding.ruleId })} title="What this rule checks and why">
          {finding.ruleId}
        </button>
        {fix ? (
          <button type="button" className="fix-button" onClick={() => useDesigner.getState().change((d) => applyConfigChanges(d, fix.changes))}>
            {fix.label}
          </button>
        ) : null}
        {finding.nodeIds.length > 0 && !suppressing ? (
          <button type="button" onClick={() => setSuppressing(true)}>Suppress…</button>
        ) : null}
      </div>
      {suppressing ? <SuppressForm finding={finding} onDone={() => setSuppressing(false)} /> : null}
    </li>
  );
}
