import type { Design } from '../design';
import type { Meaning } from '../meaning';
import { createEdge } from '../new-design';

/** Adds an edge with the connection's default settings; the same connection twice is not added again. */
export function connectNodes(design: Design, source: string, target: string, meaning: Meaning): { design: Design; edgeId: string } {
  const existing = design.edges.find((e) => e.source === source && e.target === target && e.meaning === meaning);
  if (existing) return { design, edgeId: existing.id };
  const edge = createEdge(design, source, target, meaning);
  return { design: { ...design, edges: [...design.edges, edge] }, edgeId: edge.id };
}
