import type { Design, DesignEdge, DesignNode } from '../model/design';
import type { DesignEdit } from './design-edit';

/** Nodes by id, and the edges at each node: what the part export asks of a design before or after an edit. */
export interface GraphView {
  node(id: string): DesignNode | undefined;
  edgesAt(id: string): Iterable<DesignEdge>;
}

const NONE: readonly DesignEdge[] = [];
const NO_CHILDREN: ReadonlySet<string> = new Set();

/**
 * A design's nodes and edges by id, the edges at each node and the nodes in each container, kept
 * along edits (apply) so that an edit costs what it changed, not the size of the design.
 */
export class DesignGraph implements GraphView {
  private readonly nodes = new Map<string, DesignNode>();
  private readonly edges = new Map<string, DesignEdge>();
  private readonly edgesAtNode = new Map<string, Map<string, DesignEdge>>();
  private readonly children = new Map<string, Set<string>>();
  private readonly kinds = new Map<string, number>();
  /** Two nodes or two edges with one id, or a connection with a missing end: the export reads such designs in ways a part cannot show. */
  readonly irregular: boolean;

  constructor(design: Design) {
    for (const node of design.nodes) this.addNode(node);
    for (const edge of design.edges) this.addEdge(edge);
    const dangling = design.edges.some((e) => !this.nodes.has(e.source) || !this.nodes.has(e.target));
    this.irregular = dangling || this.nodes.size !== design.nodes.length || this.edges.size !== design.edges.length;
  }

  node(id: string): DesignNode | undefined {
    return this.nodes.get(id);
  }

  edge(id: string): DesignEdge | undefined {
    return this.edges.get(id);
  }

  /** How many nodes of a kind the design has. */
  countOf(kind: string): number {
    return this.kinds.get(kind) ?? 0;
  }

  edgesAt(id: string): Iterable<DesignEdge> {
    return this.edgesAtNode.get(id)?.values() ?? NONE;
  }

  childrenOf(id: string): Iterable<string> {
    return this.children.get(id) ?? NO_CHILDREN;
  }

  /** Makes this the graph of the design after the edit. */
  apply(edit: DesignEdit): void {
    for (const edge of edit.edges.removed) this.removeEdge(edge);
    for (const { before } of edit.edges.changed) this.removeEdge(before);
    for (const node of edit.nodes.removed) this.removeNode(node);
    for (const { before } of edit.nodes.changed) this.removeNode(before);
    for (const node of [...edit.nodes.added, ...edit.nodes.changed.map((c) => c.after)]) this.addNode(node);
    for (const node of edit.nodes.refreshed) this.nodes.set(node.id, node);
    for (const edge of [...edit.edges.added, ...edit.edges.changed.map((c) => c.after), ...edit.edges.refreshed]) this.addEdge(edge);
  }

  private addNode(node: DesignNode): void {
    this.nodes.set(node.id, node);
    this.kinds.set(node.kind, this.countOf(node.kind) + 1);
    if (node.parentId !== undefined) {
      const held = this.children.get(node.parentId) ?? new Set<string>();
      held.add(node.id);
      this.children.set(node.parentId, held);
    }
  }

  private removeNode(node: DesignNode): void {
    this.nodes.delete(node.id);
    this.kinds.set(node.kind, this.countOf(node.kind) - 1);
    if (node.parentId !== undefined) this.children.get(node.parentId)?.delete(node.id);
  }

  private addEdge(edge: DesignEdge): void {
    this.edges.set(edge.id, edge);
    for (const end of [edge.source, edge.target]) {
      const at = this.edgesAtNode.get(end) ?? new Map<string, DesignEdge>();
      at.set(edge.id, edge);
      this.edgesAtNode.set(end, at);
    }
  }

  private removeEdge(edge: DesignEdge): void {
    this.edges.delete(edge.id);
    this.edgesAtNode.get(edge.source)?.delete(edge.id);
    this.edgesAtNode.get(edge.target)?.delete(edge.id);
  }
}

/** The design after an edit, seen through the graph of the design before it and what the edit changed. */
export class GraphAfterEdit implements GraphView {
  private readonly nodes = new Map<string, DesignNode | undefined>();
  private readonly replacedEdges = new Set<string>();
  private readonly addedAt = new Map<string, DesignEdge[]>();

  constructor(private readonly before: DesignGraph, edit: DesignEdit) {
    for (const node of edit.nodes.removed) this.nodes.set(node.id, undefined);
    for (const node of edit.nodes.added) this.nodes.set(node.id, node);
    for (const { after } of edit.nodes.changed) this.nodes.set(after.id, after);
    for (const edge of edit.edges.removed) this.replacedEdges.add(edge.id);
    for (const { before: old } of edit.edges.changed) this.replacedEdges.add(old.id);
    for (const edge of [...edit.edges.added, ...edit.edges.changed.map((c) => c.after)]) {
      for (const end of new Set([edge.source, edge.target])) this.addedAt.set(end, [...(this.addedAt.get(end) ?? []), edge]);
    }
  }

  node(id: string): DesignNode | undefined {
    return this.nodes.has(id) ? this.nodes.get(id) : this.before.node(id);
  }

  *edgesAt(id: string): Iterable<DesignEdge> {
    for (const edge of this.before.edgesAt(id)) if (!this.replacedEdges.has(edge.id)) yield edge;
    yield* this.addedAt.get(id) ?? NONE;
  }
}

/** The containers a node sits in, innermost first (a loop of containers ends the walk). */
export function ancestorsOf(view: GraphView, id: string): string[] {
  const ancestors: string[] = [];
  const seen = new Set([id]);
  for (let parent = view.node(id)?.parentId; parent !== undefined && !seen.has(parent); parent = view.node(parent)?.parentId) {
    seen.add(parent);
    ancestors.push(parent);
  }
  return ancestors;
}
