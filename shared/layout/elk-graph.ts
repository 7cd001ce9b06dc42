import type { ElkExtendedEdge, ElkNode } from 'elkjs/lib/elk.bundled.js';
import { getKind } from '../catalog/registry';
import type { Design, DesignNode } from '../model/design';
import { COMPONENT_SIZE } from '../model/edits/geometry';
import { ancestors, commonContainer, type DesignHierarchy, nodeCount } from './design-hierarchy';
import { CONTAINER_HEADER, containerHeaderWidth } from './node-labels';

/** Room around a container's contents; the top leaves the header (icon, name, subtitle) clear. */
export const CONTAINER_PADDING = { top: CONTAINER_HEADER.height + 12, left: 20, bottom: 20, right: 20 };
/** The canvas's smallest container (NodeResizer in renderer/canvas/nodes/ContainerNode.tsx). */
const MIN_CONTAINER = { width: 160, height: 100 };

const LAYERED = {
  'elk.algorithm': 'layered',
  'elk.direction': 'RIGHT',
  'elk.partitioning.activate': 'true',
  'elk.spacing.nodeNode': '36',
  // Wide enough between columns for an edge's label pill with some line and the arrow head showing.
  'elk.layered.spacing.nodeNodeBetweenLayers': '130',
  'elk.spacing.componentComponent': '48',
  // ELK's choices are seeded: the same design always gives the same layout.
  'elk.randomSeed': '1',
};
/** Above this many nodes in one connected group, fewer crossing-reduction passes: seconds instead of tens of seconds at 1,000. */
const LARGE_GROUP = 200;

/**
 * `careful: false` is the fallback for a graph ELK fails on: no columns and each container laid out
 * on its own (edges into containers no longer pull their contents into line, but it always works).
 */
export interface ElkGraphOptions {
  careful: boolean;
}

/**
 * The ELK graph of one connected group of top-level nodes: components as fixed boxes, VPCs and
 * subnets as compound nodes holding their contents, each edge declared in the innermost container
 * holding both its ends (ELK routes edges into containers with INCLUDE_CHILDREN).
 */
export function elkGraphOf(group: DesignNode[], design: Design, hierarchy: DesignHierarchy, partitions: Map<string, number>, { careful }: ElkGraphOptions = { careful: true }): ElkNode {
  const members = new Set<string>();
  const options: Record<string, string> = { ...LAYERED };
  if (nodeCount(hierarchy, group) > LARGE_GROUP) options['elk.layered.thoroughness'] = '1';
  if (!careful) options['elk.partitioning.activate'] = 'false';
  const toElk = (node: DesignNode): ElkNode => {
    members.add(node.id);
    const inner = hierarchy.childrenOf.get(node.id) ?? [];
    const container = getKind(node.kind)?.container;
    const minimum = () => ({ width: Math.max(MIN_CONTAINER.width, containerHeaderWidth(node)), height: MIN_CONTAINER.height });
    if (container && inner.length === 0) {
      // An empty container keeps the size the author gave it, widened if its header needs it.
      const size = node.size ?? container.defaultSize;
      const least = minimum();
      return { id: node.id, width: Math.max(size.width, least.width), height: Math.max(size.height, least.height) };
    }
    if (!container && inner.length === 0) {
      const partition = careful ? partitions.get(node.id) : undefined;
      return {
        id: node.id,
        ...COMPONENT_SIZE,
        ...(partition === undefined ? {} : { layoutOptions: { 'elk.partitioning.partition': String(partition) } }),
      };
    }
    const { top, left, bottom, right } = CONTAINER_PADDING;
    const least = minimum();
    return {
      id: node.id,
      layoutOptions: {
        ...options,
        'elk.padding': `[top=${top},left=${left},bottom=${bottom},right=${right}]`,
        'elk.nodeSize.constraints': 'MINIMUM_SIZE',
        'elk.nodeSize.minimum': `(${least.width}, ${least.height})`,
      },
      children: inner.map(toElk),
    };
  };
  const root: ElkNode = {
    id: '__group',
    layoutOptions: { ...options, 'elk.hierarchyHandling': careful ? 'INCLUDE_CHILDREN' : 'SEPARATE_CHILDREN', 'elk.padding': '[top=0,left=0,bottom=0,right=0]' },
    children: group.map(toElk),
    edges: [],
  };
  const compounds = new Map<string | undefined, ElkNode>([[undefined, root]]);
  const index = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      if (child.children) compounds.set(child.id, child);
      index(child);
    }
  };
  index(root);
  for (const [i, edge] of design.edges.entries()) {
    if (!members.has(edge.source) || !members.has(edge.target) || edge.source === edge.target) continue;
    // An edge between a container and something inside it says nothing about where things go.
    if (ancestors(hierarchy, edge.source).includes(edge.target) || ancestors(hierarchy, edge.target).includes(edge.source)) continue;
    // Laid out on their own, containers only see edges between their own contents.
    if (!careful && hierarchy.parentOf.get(edge.source) !== hierarchy.parentOf.get(edge.target)) continue;
    const owner = compounds.get(commonContainer(hierarchy, edge.source, edge.target)) ?? root;
    // Numbered, not named: ELK rejects a graph with two edges of one id, and a hand-edited design may have them.
    const elkEdge: ElkExtendedEdge = { id: `__edge${i}`, sources: [edge.source], targets: [edge.target] };
    (owner.edges ??= []).push(elkEdge);
  }
  return root;
}

export interface PlacedBox {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Where ELK put each node, relative to its parent as designs store positions. */
export function placedBoxes(laid: ElkNode): Map<string, PlacedBox> {
  const out = new Map<string, PlacedBox>();
  const visit = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      out.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, width: child.width ?? 0, height: child.height ?? 0 });
      visit(child);
    }
  };
  visit(laid);
  return out;
}
