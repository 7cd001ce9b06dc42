import type { Design, DesignEdge, DesignNode } from '../design';
import { freshId, freshName } from '../new-design';
import { absolutePosition, withDescendants } from './geometry';

/** What copy puts on the clipboard: the nodes (with container contents) and the edges between them. */
export interface Fragment {
  nodes: DesignNode[];
  edges: DesignEdge[];
}

export function copyFragment(design: Design, nodeIds: readonly string[]): Fragment {
  const ids = withDescendants(design, nodeIds);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const nodes = design.nodes
    .filter((n) => ids.has(n.id))
    .map((n) => {
      // Nodes whose container is not copied become top-level, at their place on the canvas.
      if (n.parentId && ids.has(n.parentId)) return structuredClone(n);
      const { parentId: _p, ...rest } = structuredClone(n);
      return { ...rest, position: absolutePosition(design, n.id, byId) } as DesignNode;
    });
  const edges = design.edges.filter((e) => ids.has(e.source) && ids.has(e.target)).map((e) => structuredClone(e));
  return { nodes, edges };
}

/** Pastes a fragment with fresh ids and names, shifted by `offset`; returns the new node ids. */
export function pasteFragment(design: Design, fragment: Fragment, offset: { x: number; y: number }): { design: Design; nodeIds: string[]; edgeIds: string[] } {
  const takenNodes = new Set(design.nodes.map((n) => n.id));
  const takenEdges = new Set(design.edges.map((e) => e.id));
  const idMap = new Map<string, string>();
  let working = design;
  const nodes: DesignNode[] = [];
  for (const node of fragment.nodes) {
    const id = freshId(takenNodes, node.id.replace(/-\d+$/, ''));
    takenNodes.add(id);
    idMap.set(node.id, id);
  }
  for (const node of fragment.nodes) {
    const name = freshName(working, node.name.replace(/ \d+$/, ''));
    const copy = { ...structuredClone(node), id: idMap.get(node.id)!, name } as DesignNode;
    if (node.parentId) copy.parentId = idMap.get(node.parentId);
    else copy.position = { x: node.position.x + offset.x, y: node.position.y + offset.y };
    nodes.push(copy);
    working = { ...working, nodes: [...working.nodes, copy] };
  }
  const edges = fragment.edges.map((e) => {
    const id = freshId(takenEdges, `${idMap.get(e.source)}-${idMap.get(e.target)}`);
    takenEdges.add(id);
    return { ...structuredClone(e), id, source: idMap.get(e.source)!, target: idMap.get(e.target)! };
  });
  return {
    design: { ...design, nodes: [...design.nodes, ...nodes], edges: [...design.edges, ...edges] },
    nodeIds: nodes.map((n) => n.id),
    edgeIds: edges.map((e) => e.id),
  };
}
