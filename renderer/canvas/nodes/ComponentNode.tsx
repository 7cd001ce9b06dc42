import { Handle, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { CostBadge } from '../CostBadge';
import { FindingBadge } from '../FindingBadge';
import { NameEditor } from './NameEditor';
import { useUi } from '../../state/ui-store';
import { getKind } from '../../../shared/catalog/registry';
import { iconUrl } from '../icons';
import type { FlowNode } from '../to-flow';

/** A component on the canvas: its AWS icon, its name and what kind it is. */
export const ComponentNode = memo(function ComponentNode({ data, selected }: NodeProps<FlowNode>) {
  const kind = getKind(data.node.kind);
  const icon = kind ? iconUrl(kind.icon) : undefined;
  const renaming = useUi((s) => s.renaming === data.node.id);
  return (
    <div className={`component-node${selected ? ' is-selected' : ''}`} data-testid={`node-${data.node.id}`} data-kind={data.node.kind} data-parent={data.node.parentId ?? ""}>
      <Handle type="target" position={Position.Left} />
      {icon ? <img className={`component-icon${kind?.icon.startsWith('resource/') ? ' icon-outline' : ''}`} src={icon} alt="" draggable={false} /> : <div className="component-icon" />}
      <div className="component-text">
        {renaming ? <NameEditor node={data.node} /> : <div className="component-name">{data.node.name}</div>}
        <div className="component-kind">{kind?.label ?? data.node.kind}</div>
      </div>
      <Handle type="source" position={Position.Right} />
      <FindingBadge id={data.node.id} kind="node" />
      <CostBadge id={data.node.id} />
    </div>
  );
});
