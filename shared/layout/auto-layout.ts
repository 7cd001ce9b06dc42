import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { getKind } from '../catalog/registry';
import type { Design, DesignNode } from '../model/design';
import { connectedGroups, designHierarchy } from './design-hierarchy';
import { elkGraphOf, type PlacedBox, placedBoxes } from './elk-graph';
import { flowPartitions } from './flow-partitions';
import { packGroups } from './pack-groups';

// The bundled build runs ELK in the calling thread: no worker file to serve, same in Node and the browser.
let elk: InstanceType<typeof ELK> | undefined;

/**
 * Lays the design out left to right with ELK's layered algorithm: triggers, then functions, then
 * destinations and data, with VPCs and subnets as compound nodes sized to hold their contents.
 * Parts of the design that nothing connects are laid out separately and packed in rows, largest
 * first (one ELK graph of many unrelated parts is slow, 16 s instead of 0.5 s for a generated
 * 1,000-node design, and stacks them in one tall column).
 *
 * Returns the design with new positions (relative to containers, as designs store them) and new
 * container sizes; nothing else changes. The same design always gives the same layout.
 */
export async function layoutDesign(design: Design): Promise<Design> {
  if (design.nodes.length === 0) return design;
  const hierarchy = designHierarchy(design);
  const partitions = flowPartitions(design);
  const groups = connectedGroups(design, hierarchy);
  const graphs = groups.map((group) => (careful: boolean) => elkGraphOf(group, design, hierarchy, partitions, { careful }));
  const laidOut = (await layOutGroups(graphs)).map((laid) => ({
    boxes: placedBoxes(laid),
    width: laid.width ?? 0,
    height: laid.height ?? 0,
  }));
  const offsets = packGroups(laidOut);
  const placed = new Map<string, PlacedBox>();
  laidOut.forEach(({ boxes }, i) => {
    const offset = offsets[i]!;
    for (const [id, box] of boxes) {
      placed.set(id, hierarchy.parentOf.has(id) ? box : { ...box, x: box.x + offset.x, y: box.y + offset.y });
    }
  });
  return { ...design, nodes: design.nodes.map((node) => placeNode(node, placed.get(node.id))) };
}

/**
 * Lays every group out in one ELK run (each group its own INCLUDE_CHILDREN graph, so none waits on
 * another's crossings; one run costs half the time of a run per group). ELK has failed on some
 * nested graphs: then each group alone, and a group that still fails with the simpler layout.
 */
async function layOutGroups(graphs: ((careful: boolean) => ElkNode)[]): Promise<ElkNode[]> {
  const engine = (elk ??= new ELK());
  const children = graphs.map((graph, i) => ({ ...graph(true), id: `__group${i}` }));
  try {
    const laid = await engine.layout({ id: '__design', layoutOptions: { 'elk.algorithm': 'fixed', 'elk.hierarchyHandling': 'SEPARATE_CHILDREN' }, children });
    return laid.children ?? [];
  } catch {
    const out: ElkNode[] = [];
    for (const graph of graphs) out.push(await engine.layout(graph(true)).catch(() => engine.layout(graph(false))));
    return out;
  }
}

function placeNode(node: DesignNode, box: PlacedBox | undefined): DesignNode {
  if (!box) return node;
  const moved = { ...node, position: { x: Math.round(box.x), y: Math.round(box.y) } };
  // Rounding sizes up keeps rounded child positions inside their container.
  if (getKind(node.kind)?.container) moved.size = { width: Math.ceil(box.width), height: Math.ceil(box.height) };
  return moved;
}
