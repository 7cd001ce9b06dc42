import type { Design } from '../design';

/** The design with a node renamed; the same design when the name is empty or unchanged. */
export function renameNode(design: Design, id: string, name: string): Design {
  const trimmed = name.trim();
  const node = design.nodes.find((n) => n.id === id);
  if (!node || !trimmed || node.name === trimmed) return design;
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? { ...n, name: trimmed } : n)) };
}
