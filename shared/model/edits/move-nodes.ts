import type { Design } from '../design';

export interface NodeMove {
  id: string;
  position: { x: number; y: number };
}

/** The design with the given nodes at new positions (relative to their containers). */
export function moveNodes(design: Design, moves: readonly NodeMove[]): Design {
  if (moves.length === 0) return design;
  const byId = new Map(moves.map((m) => [m.id, m.position]));
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      const position = byId.get(n.id);
      return position && (position.x !== n.position.x || position.y !== n.position.y) ? { ...n, position: { x: position.x, y: position.y } } : n;
    }),
  };
}
