import type { Design, DesignNode } from '../model/design';

/** The containment tree of a design, and which parts of it are connected to each other. */
export interface DesignHierarchy {
  byId: Map<string, DesignNode>;
  /** Parent of each node that sits in a container (parents that exist and do not loop). */
  parentOf: Map<string, string>;
  /** Children of each container, in design order; key `undefined` holds the top-level nodes. */
  childrenOf: Map<string | undefined, DesignNode[]>;
}

export function designHierarchy(design: Design): DesignHierarchy {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<string, string>();
  for (const node of design.nodes) {
    if (node.parentId && byId.has(node.parentId) && !loops(node, byId)) parentOf.set(node.id, node.parentId);
  }
  const childrenOf = new Map<string | undefined, DesignNode[]>();
  for (const node of design.nodes) {
    const parent = parentOf.get(node.id);
    const list = childrenOf.get(parent);
    if (list) list.push(node);
    else childrenOf.set(parent, [node]);
  }
  return { byId, parentOf, childrenOf };
}

function loops(node: DesignNode, byId: Map<string, DesignNode>): boolean {
  const seen = new Set([node.id]);
  for (let p = node.parentId; p !== undefined; p = byId.get(p)?.parentId) {
    if (seen.has(p)) return true;
    seen.add(p);
  }
  return false;
}

/** The node's containers, innermost first. */
export function ancestors(hierarchy: DesignHierarchy, id: string): string[] {
  const out: string[] = [];
  for (let p = hierarchy.parentOf.get(id); p !== undefined; p = hierarchy.parentOf.get(p)) out.push(p);
  return out;
}

/** Innermost container holding both nodes, `undefined` for the top level. */
export function commonContainer(hierarchy: DesignHierarchy, a: string, b: string): string | undefined {
  const aSide = new Set(ancestors(hierarchy, a));
  return ancestors(hierarchy, b).find((p) => aSide.has(p));
}

/**
 * Top-level nodes split into groups that nothing connects: a container goes with everything inside
 * it, an edge joins the groups of its ends. Groups come largest first, then in design order.
 */
export function connectedGroups(design: Design, hierarchy: DesignHierarchy): DesignNode[][] {
  const topOf = (id: string) => ancestors(hierarchy, id).at(-1) ?? id;
  const leader = new Map<string, string>();
  const find = (id: string): string => {
    let root = id;
    while (leader.get(root) !== root) root = leader.get(root)!;
    for (let at = id; at !== root; ) {
      const next = leader.get(at)!;
      leader.set(at, root);
      at = next;
    }
    return root;
  };
  const tops = hierarchy.childrenOf.get(undefined) ?? [];
  for (const node of tops) leader.set(node.id, node.id);
  for (const edge of design.edges) {
    if (!hierarchy.byId.has(edge.source) || !hierarchy.byId.has(edge.target)) continue;
    const a = find(topOf(edge.source));
    const b = find(topOf(edge.target));
    if (a !== b) leader.set(b, a);
  }
  const groups = new Map<string, DesignNode[]>();
  for (const node of tops) {
    const root = find(node.id);
    const list = groups.get(root);
    if (list) list.push(node);
    else groups.set(root, [node]);
  }
  return [...groups.values()]
    .map((group, order) => ({ group, order, size: nodeCount(hierarchy, group) }))
    .sort((a, b) => b.size - a.size || a.order - b.order)
    .map(({ group }) => group);
}

/** How many nodes these are, counting everything inside them. */
export function nodeCount(hierarchy: DesignHierarchy, nodes: readonly DesignNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + nodeCount(hierarchy, hierarchy.childrenOf.get(node.id) ?? []), 0);
}
