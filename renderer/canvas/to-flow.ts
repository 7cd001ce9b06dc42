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

type Size = { width: number; height: number };

// The flow object made for each design node or edge, reused while its inputs are the same objects: an
// edit replaces only the nodes it changes, so React Flow re-renders those and not all 1,000 (a drag
// made every node re-render on each mouse move).
const flowNodes = new WeakMap<DesignNode, { flow: FlowNode; selected: boolean; measured: Size | undefined; parented: boolean }>();
const flowEdges = new WeakMap<DesignEdge, { flow: FlowEdge; selected: boolean }>();

function toFlowNode(node: DesignNode, selected: boolean, measured: Size | undefined, parented: boolean): FlowNode {
  const cached = flowNodes.get(node);
  if (cached && cached.selected === selected && cached.measured === measured && cached.parented === parented) return cached.flow;
  const container = getKind(node.kind)?.container;
  const flow: FlowNode = {
    id: node.id,
    type: container ? 'container' : 'component',
    position: node.position,
    ...(parented ? { parentId: node.parentId } : {}),
    data: { node },
    selected,
    // React Flow measures nodes; handing the sizes back lets the minimap draw them.
    ...(measured ? { measured } : {}),
    ...(container ? { style: { width: node.size?.width ?? container.defaultSize.width, height: node.size?.height ?? container.defaultSize.height }, zIndex: -1 } : {}),
  };
  flowNodes.set(node, { flow, selected, measured, parented });
  return flow;
}

/** React Flow nodes for the design: containers first (React Flow needs parents before children). */
export function toFlowNodes(design: Design, selected: ReadonlySet<string>, measured?: ReadonlyMap<string, Size>): FlowNode[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const ordered = design.nodes
    .map((node) => ({ node, depth: depthOf(node, byId) }))
    .sort((a, b) => a.depth - b.depth);
  return ordered.map(({ node }) => toFlowNode(node, selected.has(node.id), measured?.get(node.id), node.parentId !== undefined && byId.has(node.parentId)));
}

/** `previous` itself when every edge is the same object as there: React Flow then has nothing to update. */
export function toFlowEdges(design: Design, selected: ReadonlySet<string>, previous: FlowEdge[] = []): FlowEdge[] {
  const edges = design.edges.map((edge) => {
    const isSelected = selected.has(edge.id);
    const cached = flowEdges.get(edge);
    if (cached && cached.selected === isSelected) return cached.flow;
    const flow: FlowEdge = {
      id: edge.id,
      source: edge.source,
      target: edge.target,
      type: 'meaning',
      data: { edge },
      selected: isSelected,
      className: `edge-${MEANINGS[edge.meaning].style}`,
    };
    flowEdges.set(edge, { flow, selected: isSelected });
    return flow;
  });
  return edges.length === previous.length && edges.every((edge, i) => edge === previous[i]) ? previous : edges;
}
