import type { Design } from '../design';

/** The design with a container at a new size. */
export function resizeNode(design: Design, id: string, size: { width: number; height: number }): Design {
  const width = Math.round(size.width);
  const height = Math.round(size.height);
  return {
    ...design,
    nodes: design.nodes.map((n) => (n.id === id && (n.size?.width !== width || n.size?.height !== height) ? { ...n, size: { width, height } } : n)),
  };
}
