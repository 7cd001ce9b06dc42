import { useRef } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { DesignNode } from '../../../shared/model/design';
import { nodeDiffersOnlyInLayout } from '../../../shared/model/layout-only';
import { getKind } from '../../../shared/catalog/registry';
import { useDesigner } from '../../state/store';
import { DesignSettingsForm } from './DesignSettingsForm';
import { EdgeForm } from './EdgeForm';
import type { Theme } from './field-props';
import { NodeForm } from './NodeForm';
import { SelectionSummary } from './SelectionSummary';
import './inspector.css';

/**
 * The selected nodes, kept as they were while they only move or resize: nothing here shows where a
 * node is drawn, so dragging the selected node (React Flow selects what it drags) re-renders nothing.
 */
function useSelectedNodes(): DesignNode[] {
  const shown = useRef<DesignNode[]>([]);
  return useDesigner((s) => {
    const selected = s.design.nodes.filter((n) => s.selection.nodes.includes(n.id));
    const previous = shown.current;
    if (selected.length === previous.length && selected.every((n, i) => nodeDiffersOnlyInLayout(previous[i] as DesignNode, n))) return previous;
    shown.current = selected;
    return selected;
  });
}

/**
 * The settings of the selection, as a form generated from its zod schema: one component, several of
 * one kind, or a connection. With nothing selected, the design's own settings.
 */
export function Inspector({ theme }: { theme: Theme }) {
  // The selection, not the design: edits reuse the edges they leave alone, so a drag re-renders nothing here.
  const nodes = useSelectedNodes();
  const edges = useDesigner(useShallow((s) => s.design.edges.filter((e) => s.selection.edges.includes(e.id))));
  const kinds = new Set(nodes.map((n) => n.kind));
  const kind = kinds.size === 1 ? getKind(nodes[0]!.kind) : undefined;

  let body;
  if (kind) body = <NodeForm key={nodes.map((n) => n.id).join(' ')} nodes={nodes} kind={kind} theme={theme} />;
  else if (nodes.length > 0) body = <SelectionSummary nodes={nodes} edgeCount={edges.length} />;
  else if (edges.length === 1) body = <EdgeForm key={edges[0]!.id} edge={edges[0]!} theme={theme} />;
  else if (edges.length > 1) body = <SelectionSummary nodes={[]} edgeCount={edges.length} />;
  else body = <DesignSettingsForm theme={theme} />;

  return (
    <div className="inspector" data-testid="inspector">
      {body}
    </div>
  );
}
