import { getKind } from '../../catalog/registry';
import type { Design, DesignNode } from '../design';

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Approximate box of a component node on the canvas; containers use their own size. */
export const COMPONENT_SIZE = { width: 220, height: 56 };

export function nodeSize(node: DesignNode): { width: number; height: number } {
  const container = getKind(node.kind)?.container;
  if (container) return node.size ?? container.defaultSize;
  return COMPONENT_SIZE;
}

/** Position on the canvas, adding up the positions of the containers the node sits in. */
export function absolutePosition(design: Design, id: string, byId = new Map(design.nodes.map((n) => [n.id, n]))): { x: number; y: number } {
  let x = 0;
  let y = 0;
  let depth = 0;
  for (let node = byId.get(id); node && depth < 32; node = node.parentId ? byId.get(node.parentId) : undefined, depth++) {
    x += node.position.x;
    y += node.position.y;
  }
  return { x, y };
}

export function absoluteRect(design: Design, node: DesignNode, byId?: Map<string, DesignNode>): Rect {
  return { ...absolutePosition(design, node.id, byId), ...nodeSize(node) };
}

/** Ids of the node's containers, innermost first. */
export function ancestorsOf(design: Design, id: string): string[] {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  const out: string[] = [];
  for (let p = byId.get(id)?.parentId; p && out.length < 32; p = byId.get(p)?.parentId) out.push(p);
  return out;
}

/** The node and everything inside it, at any depth. */
export function withDescendants(design: Design, ids: Iterable<string>): Set<string> {
  const out = new Set(ids);
  let grew = true;
  while (grew) {
    grew = false;
    for (const n of design.nodes) {
      if (n.parentId && out.has(n.parentId) && !out.has(n.id)) {
        out.add(n.id);
        grew = true;
      }
    }
  }
  return out;
}
