import { useId, useState } from 'react';
import { addSuppression } from '../../../shared/model/edits/suppressions';
import type { Finding } from '../../state/findings';
import { useDesigner } from '../../state/store';

/** Suppresses a finding on one of its components, with the reason stored in the design for reviewers. */
export function SuppressForm({ finding, onDone }: { finding: Finding; onDone: () => void }) {
  const nodes = useDesigner((s) => s.design.nodes);
  const [nodeId, setNodeId] = useState(finding.nodeIds[0] ?? '');
  const [reason, setReason] = useState('');
  const id = useId();
  const nameOf = (id: string) => nodes.find((n) => n.id === id)?.name ?? id;
  const submit = () => {
    if (!reason.trim() || !nodeId) return;
    useDesigner.getState().change((d) => addSuppression(d, finding.ruleId, nodeId, reason));
    onDone();
  };
  return (
    <form
      className="suppress-form"
      data-testid="suppress-form"
      onSubmit={(e) => {
        e.preventDefault();
        submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.stopPropagation();
          onDone();
        }
      }}
    >
      {finding.nodeIds.length > 1 ? (
        <div className="suppress-field">
          <label htmlFor={`${id}-node`}>Suppress on</label>
          <select id={`${id}-node`} value={nodeId} onChange={(e) => setNodeId(e.target.value)}>
            {finding.nodeIds.map((nid) => (
              <option key={nid} value={nid}>{nameOf(nid)}</option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="suppress-field">
        <label htmlFor={`${id}-reason`}>Reason</label>
        <input id={`${id}-reason`} autoFocus value={reason} onChange={(e) => setReason(e.target.value)} placeholder={`Why ${finding.ruleId} is acceptable on ${nameOf(nodeId)}`} />
      </div>
      <div className="suppress-buttons">
        <button type="submit" className="primary" disabled={!reason.trim()}>Suppress</button>
        <button type="button" onClick={onDone}>Cancel</button>
      </div>
    </form>
  );
}
