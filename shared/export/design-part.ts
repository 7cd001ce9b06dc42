import type { Design } from '../model/design';

/** A part of a design around some nodes: which nodes and edges it holds (positions in the design's lists). */
export interface DesignPart {
  nodes: number[];
  edges: number[];
  /** The nodes around which the part was taken, and their direct neighbours. */
  near: Set<string>;
  /** Edges with an end at one of the nodes around which the part was taken. */
  nearEdges: Set<string>;
}

/**
 * Who is next to whom in a design (the two ends of a connection, a container and all it holds),
 * for every design with the same nodes, edges and containers in the same order: an edit of settings
 * keeps one valid.
 */
export class DesignNeighbours {
  private readonly neighbours = new Map<string, Set<string>>();
  private readonly edgesAt = new Map<string, number[]>();
  private readonly position = new Map<string, number>();
  private readonly parentOf = new Map<string, string>();
  private readonly ends = new Map<string, [string, string]>();
  /** Connections to nodes that do not exist: the export reads them in ways a part cannot reproduce. */
  readonly dangling: boolean;

  constructor(design: Design) {
    const link = (a: string, b: string) => {
      this.neighbours.get(a)?.add(b);
      this.neighbours.get(b)?.add(a);
    };
    design.nodes.forEach((node, i) => {
      this.position.set(node.id, i);
      this.neighbours.set(node.id, new Set());
      this.edgesAt.set(node.id, []);
    });
    for (const node of design.nodes) if (node.parentId !== undefined) this.parentOf.set(node.id, node.parentId);
    // A container is next to everything inside it, however deep: what sits in a VPC reads which of
    // the VPC's subnets are private, and so is two steps (through the VPC) from every subnet.
    for (const node of design.nodes) {
      const seen = new Set([node.id]);
      for (let parent = this.parentOf.get(node.id); parent !== undefined && !seen.has(parent); parent = this.parentOf.get(parent)) {
        seen.add(parent);
        link(node.id, parent);
      }
    }
    let dangling = false;
    design.edges.forEach((edge, i) => {
      if (!this.position.has(edge.source) || !this.position.has(edge.target)) dangling = true;
      link(edge.source, edge.target);
      this.ends.set(edge.id, [edge.source, edge.target]);
      this.edgesAt.get(edge.source)?.push(i);
      if (edge.target !== edge.source) this.edgesAt.get(edge.target)?.push(i);
    });
    this.dangling = dangling;
  }

  /** The two nodes an edge connects. */
  endsOf(edgeId: string): readonly string[] {
    return this.ends.get(edgeId) ?? [];
  }

  /**
   * The nodes `around`, their neighbours and the neighbours' neighbours, with every container they
   * sit in, and the edges among them. Undefined when a connection has a missing end.
   */
  partAround(design: Design, around: Iterable<string>): DesignPart | undefined {
    if (this.dangling) return undefined;
    const centre = new Set(around);
    const near = this.widen(centre);
    const held = this.widen(near);
    for (const id of [...held]) {
      for (let parent = this.parentOf.get(id); parent !== undefined && !held.has(parent); parent = this.parentOf.get(parent)) held.add(parent);
    }
    const nodes = [...held].flatMap((id) => {
      const at = this.position.get(id);
      return at === undefined ? [] : [at];
    }).sort((a, b) => a - b);
    const edgeSet = new Set<number>();
    const nearEdges = new Set<string>();
    for (const id of held) {
      for (const i of this.edgesAt.get(id) ?? []) {
        const edge = design.edges[i] as Design['edges'][number];
        if (!held.has(edge.source) || !held.has(edge.target)) continue;
        edgeSet.add(i);
        if (centre.has(edge.source) || centre.has(edge.target)) nearEdges.add(edge.id);
      }
    }
    return { nodes, edges: [...edgeSet].sort((a, b) => a - b), near, nearEdges };
  }

  private widen(ids: ReadonlySet<string>): Set<string> {
    const wider = new Set(ids);
    for (const id of ids) for (const next of this.neighbours.get(id) ?? []) wider.add(next);
    return wider;
  }
}

/** The design holding only the nodes and edges of a part (in the design's order). */
export function designOfPart(design: Design, part: DesignPart): Design {
  return {
    ...design,
    nodes: part.nodes.map((i) => design.nodes[i] as Design['nodes'][number]),
    edges: part.edges.map((i) => design.edges[i] as Design['edges'][number]),
  };
}
