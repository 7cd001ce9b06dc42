import ELK, { type ElkExtendedEdge, type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { getKind } from '../catalog/registry';
import type { Design, DesignNode } from '../model/design';
import { COMPONENT_SIZE } from '../model/edits/geometry';

const elk = new ELK();

/** Triggers first, then compute, then destinations and data: the layer each kind prefers. */
const PARTITION: Record<string, number> = { trigger: 0, compute: 1, destination: 2, data: 2, network: 1 };
const CONTAINER_PADDING = '[top=44,left=20,bottom=20,right=20]';

/** A bucket or queue that invokes functions is a trigger here, one that functions write to a destination. */
function partitionsOf(design: Design): Map<string, number> {
  const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]));
  const feedsFunction = new Set<string>();
  const fedByFunction = new Set<string>();
  for (const e of design.edges) {
    if (kinds.get(e.target) === 'lambda-function' && kinds.get(e.source) !== 'lambda-function') feedsFunction.add(e.source);
    if (kinds.get(e.source) === 'lambda-function' && kinds.get(e.target) !== 'lambda-function') fedByFunction.add(e.target);
  }
  return new Map(design.nodes.map((n) => {
    if (n.kind === 'lambda-function') return [n.id, 1];
    if (feedsFunction.has(n.id)) return [n.id, 0];
    if (fedByFunction.has(n.id)) return [n.id, 2];
    return [n.id, PARTITION[getKind(n.kind)?.categories[0] ?? 'compute'] ?? 1];
  }));
}

/**
 * Lays the design out left to right (ELK layered), triggers → functions → destinations and data,
 * with VPCs and subnets as compound nodes sized to hold their contents. Returns the design with new
 * positions (relative to containers, as designs store them) and container sizes; nothing else changes.
 */
export async function layoutDesign(design: Design): Promise<Design> {
  if (design.nodes.length === 0) return design;
  const partitions = partitionsOf(design);
  const ids = new Set(design.nodes.map((n) => n.id));
  const children = new Map<string | undefined, DesignNode[]>();
  for (const node of design.nodes) {
    const parent = node.parentId && ids.has(node.parentId) ? node.parentId : undefined;
    children.set(parent, [...(children.get(parent) ?? []), node]);
  }
  const toElk = (node: DesignNode): ElkNode => {
    const inner = children.get(node.id);
    if (getKind(node.kind)?.container) {
      return {
        id: node.id,
        layoutOptions: { 'elk.padding': CONTAINER_PADDING, 'elk.direction': 'RIGHT', 'elk.partitioning.activate': 'true', 'elk.layered.spacing.nodeNodeBetweenLayers': '60' },
        children: (inner ?? []).map(toElk),
        ...(inner && inner.length > 0 ? {} : { width: 240, height: 120 }),
      };
    }
    return { id: node.id, width: COMPONENT_SIZE.width, height: COMPONENT_SIZE.height, layoutOptions: { 'elk.partitioning.partition': String(partitions.get(node.id) ?? 1) } };
  };
  const edges: ElkExtendedEdge[] = design.edges
    .filter((e) => ids.has(e.source) && ids.has(e.target) && e.source !== e.target)
    .map((e) => ({ id: e.id, sources: [e.source], targets: [e.target] }));
  const graph: ElkNode = {
    id: '__root',
    layoutOptions: {
      'elk.algorithm': 'layered',
      'elk.direction': 'RIGHT',
      'elk.hierarchyHandling': 'INCLUDE_CHILDREN',
      'elk.partitioning.activate': 'true',
      'elk.spacing.nodeNode': '40',
      'elk.layered.spacing.nodeNodeBetweenLayers': '90',
      'elk.layered.considerModelOrder.strategy': 'NODES_AND_EDGES',
      'elk.randomSeed': '1',
    },
    children: (children.get(undefined) ?? []).map(toElk),
    edges,
  };
  const laid = await elk.layout(graph);
  const placed = new Map<string, { x: number; y: number; width?: number; height?: number }>();
  const collect = (node: ElkNode) => {
    for (const child of node.children ?? []) {
      placed.set(child.id, { x: child.x ?? 0, y: child.y ?? 0, ...(child.width ? { width: child.width } : {}), ...(child.height ? { height: child.height } : {}) });
      collect(child);
    }
  };
  collect(laid);
  return {
    ...design,
    nodes: design.nodes.map((node) => {
      const at = placed.get(node.id);
      if (!at) return node;
      const container = getKind(node.kind)?.container;
      return {
        ...node,
        position: { x: Math.round(at.x), y: Math.round(at.y) },
        ...(container && at.width && at.height ? { size: { width: Math.round(at.width), height: Math.round(at.height) } } : {}),
      } as DesignNode;
    }),
  };
}
