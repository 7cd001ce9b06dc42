import { Handle, NodeResizer, type NodeProps, Position } from '@xyflow/react';
import { memo } from 'react';
import { useUi } from '../../state/ui-store';
import { FindingBadge } from '../FindingBadge';
import { NameEditor } from './NameEditor';
import { getKind } from '../../../shared/catalog/registry';
import { iconUrl } from '../icons';
import type { FlowNode } from '../to-flow';

function subtitle(node: FlowNode['data']['node']): string {
  if (node.kind === 'subnet') return `${node.config.visibility} · ${node.config.availabilityZone} · ${node.config.cidr}`;
  if (node.kind === 'vpc') return node.config.cidr;
  return '';
}

/** A VPC or subnet: a group that holds other components. */
export const ContainerNode = memo(function ContainerNode({ data, selected }: NodeProps<FlowNode>) {
  const { node } = data;
  const kind = getKind(node.kind);
  const icon = node.kind === 'subnet' && node.config.visibility === 'public' ? iconUrl('architecture-group/Publicsubnet.svg') : kind ? iconUrl(kind.icon) : undefined;
  const renaming = useUi((s) => s.renaming === node.id);
  const variant = node.kind === 'subnet' ? `subnet-${node.config.visibility}` : node.kind;
  return (
    <div className={`container-node container-${variant}${selected ? ' is-selected' : ''}`} data-testid={`node-${node.id}`} data-kind={node.kind} data-parent={node.parentId ?? ""}>
      <NodeResizer isVisible={selected} minWidth={160} minHeight={100} />
      <div className="container-header">
        {icon ? <img className="container-icon" src={icon} alt="" draggable={false} /> : null}
        {renaming ? <NameEditor node={node} /> : <span className="container-name">{node.name}</span>}
        <span className="container-subtitle">{subtitle(node)}</span>
      </div>
      <Handle type="target" position={Position.Left} />
      <Handle type="source" position={Position.Right} />
      <FindingBadge id={node.id} kind="node" />
    </div>
  );
});
