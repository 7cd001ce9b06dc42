import type { Design, DesignEdge, DesignNode } from '../model/design';
import type { DesignEdit } from './design-edit';
import { ancestorsOf, type DesignGraph, type GraphAfterEdit, type GraphView } from './design-graph';

/** The part of a design around an edit, by node and edge ids. */
export interface DesignPart {
  /** Nodes the edit added, removed or changed, the ends of the edges it added, removed or changed, and the nodes whose logical id it changed. */
  centre: Set<string>;
  /** The centre and its neighbours, before or after the edit. */
  near: Set<string>;
  /** The near nodes, their neighbours, and every container these sit in. */
  nodes: Set<string>;
  /** Edges with an end in the centre, before or after the edit. */
  nearEdges: Set<string>;
}

/**
 * The nodes around an edit, their neighbours and the neighbours' neighbours, with every container
 * they sit in, before and after the edit. Neighbours are the two ends of a connection, and a
 * container and all it holds, however deep: what sits in a VPC reads which of the VPC's subnets are
 * private, and so is two steps (through the VPC) from every subnet. `graph` is the design's before
 * the edit and `after` the design after it: what the edit added or moved is in the centre, so only
 * the containers nodes sit in are looked up after the edit besides.
 */
export function partAroundEdit(graph: DesignGraph, after: GraphAfterEdit, edit: DesignEdit, idsChanged: readonly string[]): DesignPart {
  const centre = new Set(idsChanged);
  for (const node of [...edit.nodes.added, ...edit.nodes.removed, ...edit.nodes.changed.map((c) => c.after)]) centre.add(node.id);
  for (const edge of editedEdges(edit)) {
    centre.add(edge.source);
    centre.add(edge.target);
  }
  const widen = (ids: ReadonlySet<string>) => {
    const wider = new Set(ids);
    for (const id of ids) {
      addNeighbours(graph, id, wider);
      for (const container of ancestorsOf(after, id)) wider.add(container);
    }
    return wider;
  };
  const near = widen(centre);
  const nodes = widen(near);
  for (const id of [...nodes]) for (const view of [graph, after]) for (const container of ancestorsOf(view, id)) nodes.add(container);
  const nearEdges = new Set<string>();
  for (const id of centre) for (const view of [graph, after]) for (const edge of view.edgesAt(id)) nearEdges.add(edge.id);
  return { centre, near, nodes, nearEdges };
}

/** Edges the edit added, removed or changed, as they were and as they are. */
export function editedEdges(edit: DesignEdit): DesignEdge[] {
  const { added, removed, changed } = edit.edges;
  return [...added, ...removed, ...changed.flatMap((c) => [c.before, c.after])];
}

function addNeighbours(graph: DesignGraph, id: string, into: Set<string>): void {
  for (const edge of graph.edgesAt(id)) {
    into.add(edge.source);
    into.add(edge.target);
  }
  for (const container of ancestorsOf(graph, id)) into.add(container);
  const seen = new Set([id]);
  const inside = [id];
  for (let at = inside.pop(); at !== undefined; at = inside.pop()) {
    for (const child of graph.childrenOf(at)) {
      if (seen.has(child)) continue;
      seen.add(child);
      into.add(child);
      inside.push(child);
    }
  }
}

/** The design holding only the part's nodes and the edges between them, as `view` (the design before or after the edit) has them. */
export function designOfPart(design: Design, view: GraphView, part: DesignPart): Design {
  const nodes: DesignNode[] = [];
  const edges = new Map<string, DesignEdge>();
  for (const id of part.nodes) {
    const node = view.node(id);
    if (node) nodes.push(node);
    for (const edge of view.edgesAt(id)) if (part.nodes.has(edge.source) && part.nodes.has(edge.target)) edges.set(edge.id, edge);
  }
  return { ...design, nodes, edges: [...edges.values()] };
}
