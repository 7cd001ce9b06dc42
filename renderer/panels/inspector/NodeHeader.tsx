import type { KindDefinition } from '../../../shared/catalog/define-kind';
import type { DesignNode } from '../../../shared/model/design';
import { iconUrl } from '../../canvas/icons';
import { NameField } from './NameField';
import { NotesField } from './NotesField';

/** Kind, icon and description of the selection; name and notes when one component is selected. */
export function NodeHeader({ nodes, kind }: { nodes: readonly DesignNode[]; kind: KindDefinition }) {
  const single = nodes.length === 1 ? nodes[0] : undefined;
  const icon = iconUrl(kind.icon);
  return (
    <header className="inspector-header">
      <div className="inspector-title">
        {icon ? <img src={icon} alt="" /> : null}
        <div>
          <h3>{single ? kind.label : `${nodes.length} × ${kind.label}`}</h3>
          <p className="inspector-kind-description">{kind.description}</p>
        </div>
      </div>
      {single ? (
        <>
          <NameField nodeId={single.id} name={single.name} />
          <NotesField nodeId={single.id} notes={single.notes ?? ''} />
        </>
      ) : (
        <p className="inspector-note">
          Editing the settings they share: {nodes.map((n) => n.name).join(', ')}. A change applies to all of them as one step.
        </p>
      )}
    </header>
  );
}
