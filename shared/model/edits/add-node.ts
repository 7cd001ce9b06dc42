import { canContain } from '../../catalog/connection-table';
import { getKind } from '../../catalog/registry';
import type { Design, DesignNode } from '../design';
import { createNode } from '../new-design';
import { absolutePosition, absoluteRect, withDescendants } from './geometry';
import { nextSubnetConfig } from './subnet-defaults';

/** The innermost container at a canvas point that may hold a node of this kind. */
export function containerAt(design: Design, point: { x: number; y: number }, kindId: string, exclude: ReadonlySet<string> = new Set()): DesignNode | undefined {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  let best: { node: DesignNode; area: number } | undefined;
  for (const node of design.nodes) {
    if (exclude.has(node.id) || !getKind(node.kind)?.container || !canContain(node.kind, kindId)) continue;
    const r = absoluteRect(design, node, byId);
    if (point.x < r.x || point.y < r.y || point.x > r.x + r.width || point.y > r.y + r.height) continue;
    const area = r.width * r.height;
    if (!best || area < best.area) best = { node, area };
  }
  return best?.node;
}

/** Adds a node of a kind at a canvas point, inside the container there when the kind may sit in it. */
export function addNodeAt(design: Design, kindId: string, point: { x: number; y: number }): { design: Design; nodeId: string } {
  const parent = containerAt(design, point, kindId);
  const origin = parent ? absolutePosition(design, parent.id) : { x: 0, y: 0 };
  const node = createNode(design, kindId, {
    position: { x: Math.round(point.x - origin.x), y: Math.round(point.y - origin.y) },
    ...(parent ? { parentId: parent.id } : {}),
    ...(kindId === 'subnet' && parent ? { config: nextSubnetConfig(design, parent.id) } : {}),
  });
  return { design: { ...design, nodes: [...design.nodes, node] }, nodeId: node.id };
}

/**
 * Moves a node into another container (or out of all, with `undefined`), keeping it where it is on
 * the canvas. Refused (same design back) when the container may not hold that kind.
 */
export function reparentNode(design: Design, nodeId: string, parentId: string | undefined): Design {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node || node.parentId === parentId) return design;
  const parent = parentId ? design.nodes.find((n) => n.id === parentId) : undefined;
  if (parentId && (!parent || !canContain(parent.kind, node.kind) || withDescendants(design, [nodeId]).has(parentId))) return design;
  const here = absolutePosition(design, nodeId);
  const origin = parent ? absolutePosition(design, parent.id) : { x: 0, y: 0 };
  return {
    ...design,
    nodes: design.nodes.map((n) => {
      if (n.id !== nodeId) return n;
      const { parentId: _old, ...rest } = n;
      return { ...rest, ...(parentId ? { parentId } : {}), position: { x: here.x - origin.x, y: here.y - origin.y } } as DesignNode;
    }),
  };
}
