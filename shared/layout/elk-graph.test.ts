import ELK, { type ElkNode } from 'elkjs/lib/elk.bundled.js';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../model/load-design';
import { connectedGroups, designHierarchy } from './design-hierarchy';
import { CONTAINER_PADDING, elkGraphOf, placedBoxes } from './elk-graph';
import { flowPartitions } from './flow-partitions';

const loaded = loadDesign(readFileSync(new URL('../../templates/vpc-function-nat-rds-proxy.lambda.json', import.meta.url), 'utf8'));
if (!loaded.ok) throw new Error('starter design');
const design = loaded.design;
const hierarchy = designHierarchy(design);
const [group] = connectedGroups(design, hierarchy);

function find(node: ElkNode, id: string): ElkNode | undefined {
  if (node.id === id) return node;
  for (const child of node.children ?? []) {
    const found = find(child, id);
    if (found) return found;
  }
  return undefined;
}
/** Design ids of the edges declared in an ELK node (ELK's edge ids number the design's edges). */
const edgeIds = (node: ElkNode | undefined) => (node?.edges ?? []).map((e) => design.edges[Number(e.id.replace('__edge', ''))]!.id).sort();

describe('elkGraphOf', () => {
  it('nests containers, declares each edge in the innermost container holding both ends, and gives components their column', () => {
    const graph = elkGraphOf(group!, design, hierarchy, flowPartitions(design));
    expect(graph.layoutOptions?.['elk.hierarchyHandling']).toBe('INCLUDE_CHILDREN');
    expect(find(graph, 'private-a')?.children?.map((c) => c.id)).toEqual(['orders-fn']);
    expect(edgeIds(graph)).toEqual(['orders-api-orders-fn']);
    expect(edgeIds(find(graph, 'vpc'))).toContain('orders-fn-private-b');
    expect(find(graph, 'orders-api')?.layoutOptions?.['elk.partitioning.partition']).toBe('0');
    expect(find(graph, 'orders-fn')?.layoutOptions?.['elk.partitioning.partition']).toBe('1');
    expect(find(graph, 'vpc')?.layoutOptions?.['elk.padding']).toContain(`top=${CONTAINER_PADDING.top}`);
  });

  it('falls back to containers laid out on their own, without edges that cross a container’s side', async () => {
    const graph = elkGraphOf(group!, design, hierarchy, flowPartitions(design), { careful: false });
    expect(graph.layoutOptions?.['elk.hierarchyHandling']).toBe('SEPARATE_CHILDREN');
    expect(edgeIds(graph)).toEqual([]);
    // Routes from private subnets to the NAT gateway inside the public one cross its side: left out.
    expect(edgeIds(find(graph, 'vpc'))).toEqual(['aurora-db-sg', 'proxy-aurora', 'proxy-db-sg', 'public-a-igw']);
    const boxes = placedBoxes(await new ELK().layout(graph));
    const fn = boxes.get('orders-fn')!;
    const subnet = boxes.get('private-a')!;
    expect(fn.x + fn.width).toBeLessThanOrEqual(subnet.width);
    expect(fn.y).toBeGreaterThanOrEqual(CONTAINER_PADDING.top);
  });
});
