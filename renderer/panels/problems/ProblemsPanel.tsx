import { RULES } from '../../../shared/rules/registry';
import { bySeverity, type Finding, type Severity, useFindings } from '../../state/findings';
import { useUi } from '../../state/ui-store';
import { FindingItem } from './FindingItem';
import { SuppressionList } from './SuppressionList';
import './problems.css';

const GROUPS: ReadonlyArray<{ severity: Severity; label: string; one: string; many: string }> = [
  { severity: 'error', label: 'Errors', one: 'error', many: 'errors' },
  { severity: 'warning', label: 'Warnings', one: 'warning', many: 'warnings' },
  { severity: 'info', label: 'Info', one: 'note', many: 'notes' },
];

/**
 * Keys from what each finding is about (rule, components, connections), not its place in the list, so
 * an item and a suppress form being filled in survive other findings coming and going. A rule that
 * reports the same components twice gets a count on its second and later findings.
 */
function keyedFindings(findings: readonly Finding[]): Array<{ key: string; finding: Finding }> {
  const seen = new Map<string, number>();
  return findings.map((finding) => {
    const identity = `${finding.ruleId}|${finding.nodeIds.join(',')}|${finding.edgeIds.join(',')}`;
    const occurrence = (seen.get(identity) ?? 0) + 1;
    seen.set(identity, occurrence);
    return { key: occurrence === 1 ? identity : `${identity}#${occurrence}`, finding };
  });
}

/** Every finding of the design, grouped by severity, updated as the user edits. */
export function ProblemsPanel() {
  const { findings, suppressed } = useFindings();
  const groups = bySeverity(findings);
  return (
    <section className="problems" data-testid="problems" aria-label="Problems">
      <div className="problems-header">
        <div className="problems-counts" aria-live="polite">
          {GROUPS.map((g) => (
            <span key={g.severity} className={`count count-${g.severity}`} data-testid={`count-${g.severity}`}>
              {groups[g.severity].length} {groups[g.severity].length === 1 ? g.one : g.many}
            </span>
          ))}
        </div>
        <button type="button" className="link-button" onClick={() => useUi.getState().set({ rulesOpen: true, rulesFocus: null })}>
          Rules reference ({RULES.length})
        </button>
      </div>
      {findings.length === 0 ? <p className="problems-empty">No problems: the design passes all {RULES.length} rules.</p> : null}
      {GROUPS.map((g) =>
        groups[g.severity].length === 0 ? null : (
          <div key={g.severity} className="problems-group" data-testid={`group-${g.severity}`}>
            <h4>
              {g.label} ({groups[g.severity].length})
            </h4>
            <ul>
              {keyedFindings(groups[g.severity]).map(({ key, finding }) => (
                <FindingItem key={key} finding={finding} />
              ))}
            </ul>
          </div>
        ),
      )}
      <SuppressionList suppressed={suppressed} />
    </section>
  );
}

/** The tab's label: the number of errors and warnings at a glance. */
export function ProblemsTabLabel() {
  const { findings } = useFindings();
  const groups = bySeverity(findings);
  return (
    <span className="problems-tab">
      Problems
      {groups.error.length > 0 ? <span className="tab-count count-error" data-testid="tab-count-error" title="Errors">{groups.error.length}</span> : null}
      {groups.warning.length > 0 ? <span className="tab-count count-warning" data-testid="tab-count-warning" title="Warnings">{groups.warning.length}</span> : null}
    </span>
  );
}
