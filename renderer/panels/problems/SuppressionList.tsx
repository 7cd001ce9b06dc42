import { removeSuppression } from '../../../shared/model/edits/suppressions';
import { ruleById } from '../../../shared/rules/registry';
import type { Finding } from '../../state/findings';
import { useDesigner } from '../../state/store';

/** The design's suppressions with their reasons; each can be lifted. Ones that no longer match a finding say so. */
export function SuppressionList({ suppressed }: { suppressed: readonly Finding[] }) {
  const suppressions = useDesigner((s) => s.design.suppressions);
  const nodes = useDesigner((s) => s.design.nodes);
  if (suppressions.length === 0) return null;
  const matches = (ruleId: string, nodeId: string) => suppressed.some((f) => f.ruleId === ruleId && f.nodeIds.includes(nodeId));
  return (
    <details className="problems-group suppressions" data-testid="suppressions">
      <summary>Suppressed ({suppressions.length})</summary>
      <ul>
        {suppressions.map((s) => (
          <li key={`${s.ruleId}:${s.nodeId}`} className="suppression" data-rule={s.ruleId}>
            <div>
              <strong>{s.ruleId}</strong> {ruleById(s.ruleId)?.title ?? 'unknown rule'} on <strong>{nodes.find((n) => n.id === s.nodeId)?.name ?? s.nodeId}</strong>
              {matches(s.ruleId, s.nodeId) ? null : <span className="muted"> (nothing to suppress now)</span>}
            </div>
            <div className="suppression-reason">“{s.reason}”</div>
            <button type="button" onClick={() => useDesigner.getState().change((d) => removeSuppression(d, s.ruleId, s.nodeId))}>
              Unsuppress
            </button>
          </li>
        ))}
      </ul>
    </details>
  );
}
