import type { Edge, Node } from '@xyflow/react';
import { getKind } from '../../shared/catalog/registry';
import type { Design, DesignEdge, DesignNode } from '../../shared/model/design';
import { MEANINGS } from '../../shared/model/meaning';

export interface ComponentNodeData extends Record<string, unknown> {
  node: DesignNode;
}
export interface MeaningEdgeData extends Record<string, unknown> {
  edge: DesignEdge;
}
export type FlowNode = Node<ComponentNodeData>;
export type FlowEdge = Edge<MeaningEdgeData>;

function depthOf(node: DesignNode, byId: Map<string, DesignNode>): number {
  let depth = 0;
  for (let p = node.parentId; p !== undefined && depth < 16; p = byId.get(p)?.parentId) depth++;
  return depth;
}

/** React Flow nodes for the design: containers first (React Flow needs parents before children). */
export function toFlowNodes(design: Design, selected: ReadonlySet<string>, measured?: ReadonlyMap<string, { width: number; height: number }>): FlowNode[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const ordered = design.nodes
    .map((node) => ({ node, depth: depthOf(node, byId) }))
    .sort((a, b) => a.depth - b.depth);
  return ordered.map(({ node }) => {
    const container = getKind(node.kind)?.container;
    return {
      id: node.id,
      type: container ? 'container' : 'component',
      position: node.position,
      ...(node.parentId && byId.has(node.parentId) ? { parentId: node.parentId } : {}),
      data: { node },
      selected: selected.has(node.id),
      // React Flow measures nodes; handing the sizes back lets the minimap draw them.
      ...(measured?.has(node.id) ? { measured: measured.get(node.id) } : {}),
      ...(container ? { style: { width: node.size?.width ?? container.defaultSize.width, height: node.size?.height ?? container.defaultSize.height }, zIndex: -1 } : {}),
    };
  });
}

export function toFlowEdges(design: Design, selected: ReadonlySet<string>): FlowEdge[] {
  return design.edges.map((edge) => ({
    id: edge.id,
    source: edge.source,
    target: edge.target,
    type: 'meaning',
    data: { edge },
    selected: selected.has(edge.id),
    className: `edge-${MEANINGS[edge.meaning].style}`,
  }));
}
