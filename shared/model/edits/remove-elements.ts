import type { Design } from '../design';
import { withDescendants } from './geometry';

/** Removes nodes (with everything inside containers), edges, the edges of removed nodes and their suppressions. */
export function removeElements(design: Design, nodeIds: readonly string[], edgeIds: readonly string[] = []): Design {
  if (nodeIds.length === 0 && edgeIds.length === 0) return design;
  const nodes = withDescendants(design, nodeIds);
  const edges = new Set(edgeIds);
  return {
    ...design,
    nodes: design.nodes.filter((n) => !nodes.has(n.id)),
    edges: design.edges.filter((e) => !edges.has(e.id) && !nodes.has(e.source) && !nodes.has(e.target)),
    suppressions: design.suppressions.filter((s) => !nodes.has(s.nodeId)),
  };
}
