import type { Category } from '../catalog/define-kind';
import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';

/** Columns of the left-to-right layout: what starts a flow, the compute, where results and data go. */
export const PARTITION = { trigger: 0, compute: 1, destination: 2 } as const;

const HOME_PARTITION: Record<Category, number | undefined> = { trigger: 0, compute: 1, destination: 2, data: 2, network: undefined };

/**
 * The column each component belongs to. Compute (the kind's home category) is the middle. Around
 * it, the edges decide: what leads into compute comes before it, what compute leads to comes after
 * it, and what sits between two pieces of compute (a queue from one function to another) stays in
 * the middle. A bucket that triggers a function the function also writes back to is a trigger: the
 * invocation shows the flow. Nodes no flow touches fall back to their kind's home category.
 * Containers get no column: their contents decide where they go.
 */
export function flowPartitions(design: Design): Map<string, number> {
  const home = new Map<string, Category>();
  for (const node of design.nodes) {
    const kind = getKind(node.kind);
    if (kind && !kind.container) home.set(node.id, kind.categories[0]);
  }
  const edges = design.edges.filter((e) => home.has(e.source) && e.source !== e.target && home.has(e.target));
  const compute = new Set([...home].filter(([, category]) => category === 'compute').map(([id]) => id));
  const forward = adjacency(edges, 'forward');
  const backward = adjacency(edges, 'backward');
  // For each node, the compute it leads to and the compute that leads to it.
  const feedsCompute = new Map<string, Set<string>>();
  const fedByCompute = new Map<string, Set<string>>();
  for (const id of compute) {
    for (const reached of reachable(id, forward, compute)) addTo(fedByCompute, reached, id);
    for (const reaching of reachable(id, backward, compute)) addTo(feedsCompute, reaching, id);
  }

  const partitions = new Map<string, number>();
  const free = new Set<string>();
  for (const [id, category] of home) {
    const feeds = feedsCompute.get(id);
    const fedBy = fedByCompute.get(id);
    if (compute.has(id)) partitions.set(id, PARTITION.compute);
    else if (feeds && fedBy) {
      const between = fedBy.size > 1 || feeds.size > 1 || !feeds.has([...fedBy][0]!);
      partitions.set(id, between ? PARTITION.compute : PARTITION.trigger);
    } else if (feeds) partitions.set(id, PARTITION.trigger);
    else if (fedBy) partitions.set(id, PARTITION.destination);
    else {
      const fallback = HOME_PARTITION[category];
      if (fallback !== undefined) partitions.set(id, fallback);
      free.add(id);
    }
  }
  // A node away from every flow must not pull an edge backwards (a data node feeding a trigger):
  // it gives up its column instead. Edges against the columns within a flow close a cycle, and the
  // layout turns one edge of the cycle around anyway.
  for (let changed = true; changed; ) {
    changed = false;
    for (const edge of edges) {
      const from = partitions.get(edge.source);
      const to = partitions.get(edge.target);
      if (from === undefined || to === undefined || from <= to) continue;
      const loser = free.has(edge.target) ? edge.target : free.has(edge.source) ? edge.source : undefined;
      if (loser === undefined) continue;
      partitions.delete(loser);
      changed = true;
    }
  }
  return partitions;
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

function adjacency(edges: Design['edges'], direction: 'forward' | 'backward'): Map<string, string[]> {
  const next = new Map<string, string[]>();
  for (const edge of edges) {
    const [from, to] = direction === 'forward' ? [edge.source, edge.target] : [edge.target, edge.source];
    const list = next.get(from);
    if (list) list.push(to);
    else next.set(from, [to]);
  }
  return next;
}

/** Nodes reachable from `start` (not counting it), not walking on through other compute. */
function reachable(start: string, next: Map<string, string[]>, stopAt: Set<string>): Set<string> {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    for (const to of next.get(queue.pop()!) ?? []) {
      if (seen.has(to) || to === start) continue;
      seen.add(to);
      if (!stopAt.has(to)) queue.push(to);
    }
  }
  return seen;
}
