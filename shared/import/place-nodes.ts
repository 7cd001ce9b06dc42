import { CATEGORIES } from '../catalog/define-kind';
import { getKind } from '../catalog/registry';
import type { DesignNode } from '../model/design';

const COLUMN = 280;
const ROW = 140;

/** Left to right by category (triggers, compute, destinations, data, network); children stacked inside their container. */
export function placeNodes(nodes: DesignNode[]): void {
  const rows = new Map<string, number>();
  for (const node of nodes) {
    if (node.parentId) {
      const row = rows.get(node.parentId) ?? 0;
      rows.set(node.parentId, row + 1);
      node.position = { x: 40, y: 60 + row * ROW };
      continue;
    }
    const category = getKind(node.kind)?.categories[0] ?? 'data';
    const column = node.kind === 'generic-resource' ? CATEGORIES.length : CATEGORIES.indexOf(category);
    const row = rows.get(`column:${column}`) ?? 0;
    rows.set(`column:${column}`, row + 1);
    node.position = { x: column * COLUMN, y: row * ROW };
  }
  // Containers grow to hold what they contain.
  for (const node of nodes) {
    const count = rows.get(node.id);
    if (count && node.size) node.size = { width: Math.max(node.size.width, 260), height: Math.max(node.size.height, 100 + count * ROW) };
  }
}
