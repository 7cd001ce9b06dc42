import type { Design } from '../design';

export interface NodePatch {
  /** Trimmed; an empty name is ignored (every node has one). */
  name?: string;
  /** Blank notes remove them. */
  notes?: string | undefined;
}

/** The design with a node's own fields (not its settings) changed; the same design when nothing changes. */
export function updateNode(design: Design, id: string, patch: NodePatch): Design {
  const node = design.nodes.find((n) => n.id === id);
  if (!node) return design;
  let next = node;
  const name = patch.name?.trim();
  if (name && name !== node.name) next = { ...next, name };
  if ('notes' in patch) {
    const notes = patch.notes?.trim() ? patch.notes : undefined;
    if (notes !== node.notes) {
      const { notes: _removed, ...rest } = next;
      next = notes === undefined ? rest : { ...rest, notes };
    }
  }
  if (next === node) return design;
  return { ...design, nodes: design.nodes.map((n) => (n.id === id ? next : n)) };
}

/** The design with a node renamed; the same design when the name is empty or unchanged. */
export function renameNode(design: Design, id: string, name: string): Design {
  return updateNode(design, id, { name });
}
