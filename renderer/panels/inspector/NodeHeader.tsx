import { useEffect, useState } from 'react';
import type { KindDefinition } from '../../../shared/catalog/define-kind';
import type { DesignNode } from '../../../shared/model/design';
import { renameNode } from '../../../shared/model/edits/rename-node';
import { iconUrl } from '../../canvas/icons';
import { useDesigner } from '../../state/store';

/** Name, kind and notes of the selected component(s). */
export function NodeHeader({ nodes, kind }: { nodes: DesignNode[]; kind: KindDefinition }) {
  const single = nodes.length === 1 ? nodes[0] : undefined;
  const [name, setName] = useState(single?.name ?? '');
  const [notes, setNotes] = useState(single?.notes ?? '');
  useEffect(() => {
    setName(single?.name ?? '');
    setNotes(single?.notes ?? '');
  }, [single?.id, single?.name, single?.notes]);
  const change = useDesigner.getState().change;
  return (
    <div className="node-header">
      <div className="node-header-title">
        <img src={iconUrl(kind.icon)} alt="" />
        <div>
          <strong>{single ? kind.label : `${nodes.length} × ${kind.label}`}</strong>
          <div className="muted">{kind.description}</div>
        </div>
      </div>
      {single ? (
        <>
          <div className="field">
            <label htmlFor="node-name">Name</label>
            <input id="node-name" value={name} onChange={(e) => setName(e.target.value)}
              onBlur={() => change((d) => renameNode(d, single.id, name))}
              onKeyDown={(e) => e.key === 'Enter' && change((d) => renameNode(d, single.id, name))} />
          </div>
          <div className="field">
            <label htmlFor="node-notes">Notes</label>
            <textarea id="node-notes" rows={2} value={notes} onChange={(e) => setNotes(e.target.value)}
              onBlur={() => notes !== (single.notes ?? '') && change((d) => ({ ...d, nodes: d.nodes.map((n) => (n.id === single.id ? { ...n, notes: notes || undefined } : n)) }))} />
          </div>
        </>
      ) : null}
    </div>
  );
}
