import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { getKind } from '../catalog/registry';
import type { Design, DesignNode } from '../model/design';
import { absoluteRect, type Rect } from '../model/edits/geometry';
import { generateDesign } from '../model/generate-design';
import { loadDesign } from '../model/load-design';
import type { Meaning } from '../model/meaning';
import { createEdge, createNode, emptyDesign } from '../model/new-design';
import { layoutDesign } from './auto-layout';
import { CONTAINER_HEADER, containerHeaderWidth } from './node-labels';
import { arbitraryDesign } from './random-designs.test-support';

const templatesDir = new URL('../../templates/', import.meta.url);
const starterSlugs = readdirSync(templatesDir).filter((f) => f.endsWith('.lambda.json')).map((f) => f.replace('.lambda.json', '')).sort();

function starter(slug: string): Design {
  const loaded = loadDesign(readFileSync(new URL(`${slug}.lambda.json`, templatesDir), 'utf8'));
  if (!loaded.ok) throw new Error(`${slug} does not load`);
  return loaded.design;
}

const overlaps = (a: Rect, b: Rect) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const isContainer = (node: DesignNode) => Boolean(getKind(node.kind)?.container);

function rects(design: Design): Map<string, Rect> {
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  return new Map(design.nodes.map((n) => [n.id, absoluteRect(design, n, byId)]));
}

/** What every layout must give: integer positions, children inside their container below its header, nothing overlapping. */
function expectTidy(design: Design): void {
  expect(untidiness(design)).toEqual([]);
}

function untidiness(design: Design): string[] {
  const problems: string[] = [];
  const boxes = rects(design);
  const byId = new Map(design.nodes.map((n) => [n.id, n]));
  for (const node of design.nodes) {
    if (!Number.isInteger(node.position.x) || !Number.isInteger(node.position.y)) problems.push(`${node.id} is not at whole pixels`);
    if (!node.parentId) continue;
    const box = boxes.get(node.id)!;
    const parent = boxes.get(node.parentId)!;
    if (node.position.y < CONTAINER_HEADER.height) problems.push(`${node.id} covers ${node.parentId}'s header`);
    if (box.x < parent.x || box.y < parent.y || box.x + box.width > parent.x + parent.width || box.y + box.height > parent.y + parent.height) {
      problems.push(`${node.id} sticks out of ${node.parentId}`);
    }
    if (!byId.get(node.parentId)!.size) problems.push(`${node.parentId} has no size`);
  }
  // Nothing overlaps anything but the containers it sits in.
  const containing = new Map(design.nodes.map((n) => [n.id, ancestorsOf(byId, n)]));
  for (const [i, a] of design.nodes.entries()) {
    for (const b of design.nodes.slice(i + 1)) {
      if (containing.get(a.id)!.has(b.id) || containing.get(b.id)!.has(a.id)) continue;
      if (overlaps(boxes.get(a.id)!, boxes.get(b.id)!)) problems.push(`${a.id} overlaps ${b.id}`);
    }
  }
  return problems;
}

function ancestorsOf(byId: Map<string, DesignNode>, node: DesignNode): Set<string> {
  const out = new Set<string>();
  for (let p = node.parentId; p !== undefined && !out.has(p); p = byId.get(p)?.parentId) out.add(p);
  return out;
}

/** Edges along which the flow runs left to right. */
const FLOW: readonly Meaning[] = ['invoke-sync', 'invoke-async', 'event-source-mapping', 'on-success', 'on-failure', 'dead-letter', 'access', 'subscription'];

/** Whether the edge closes a cycle (its target leads back to its source): one edge of a cycle must point left. */
function closesCycle(design: Design, edge: Design['edges'][number]): boolean {
  const seen = new Set([edge.target]);
  const queue = [edge.target];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (at === edge.source) return true;
    for (const e of design.edges) {
      if (e.source === at && !seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return false;
}

describe('layoutDesign', () => {
  it('lays the thumbnail pipeline out left to right: trigger, then function, then destinations and data', async () => {
    const design = await layoutDesign(starter('serverless-thumbnail-pipeline'));
    const x = rects(design);
    expect(x.get('uploads')!.x).toBeLessThan(x.get('thumbnailer')!.x);
    for (const id of ['thumbnails', 'image-metadata', 'failed-thumbnails']) expect(x.get('thumbnailer')!.x).toBeLessThan(x.get(id)!.x);
  });

  it.each(starterSlugs)('lays out starter %s tidily, every flow edge pointing right', async (slug) => {
    const design = await layoutDesign(starter(slug));
    expectTidy(design);
    const boxes = rects(design);
    for (const edge of design.edges.filter((e) => FLOW.includes(e.meaning))) {
      // In a cycle, the access edge back to a trigger points left, the invocation right.
      if (edge.meaning === 'access' && closesCycle(design, edge)) continue;
      expect(boxes.get(edge.source)!.x, `${edge.id}: ${edge.source} → ${edge.target}`).toBeLessThan(boxes.get(edge.target)!.x);
    }
  });

  it('puts every trigger before every function it leads to, even one that enters the flow further on', async () => {
    let d = emptyDesign();
    const add = (kind: string, id: string) => d.nodes.push(createNode(d, kind, { id, name: id }));
    add('api-gateway-http', 'api');
    add('lambda-function', 'front');
    add('lambda-function', 'back');
    add('sqs-queue', 'jobs');
    add('dynamodb-table', 'table');
    const link = (s: string, t: string, m: Meaning) => d.edges.push(createEdge(d, s, t, m));
    link('api', 'front', 'invoke-sync');
    link('front', 'back', 'invoke-async');
    link('jobs', 'back', 'event-source-mapping');
    link('back', 'table', 'access');
    d = await layoutDesign(d);
    const x = (id: string) => d.nodes.find((n) => n.id === id)!.position.x;
    expect(x('jobs')).toBeLessThan(x('front'));
    expect(x('api')).toBeLessThan(x('front'));
    expect(x('front')).toBeLessThan(x('back'));
    expect(x('back')).toBeLessThan(x('table'));
  });

  it('keeps a queue between two functions between them', async () => {
    let d = emptyDesign();
    for (const [kind, id] of [['lambda-function', 'producer'], ['sqs-queue', 'jobs'], ['lambda-function', 'consumer']] as const) d.nodes.push(createNode(d, kind, { id, name: id }));
    d.edges.push(createEdge(d, 'producer', 'jobs', 'access'), createEdge(d, 'jobs', 'consumer', 'event-source-mapping'));
    d = await layoutDesign(d);
    const x = (id: string) => d.nodes.find((n) => n.id === id)!.position.x;
    expect(x('producer')).toBeLessThan(x('jobs'));
    expect(x('jobs')).toBeLessThan(x('consumer'));
  });

  it('sizes containers to their contents, keeping positions relative to the parent', async () => {
    const before = starter('vpc-function-nat-rds-proxy');
    const after = await layoutDesign(before);
    const vpc = after.nodes.find((n) => n.kind === 'vpc')!;
    const inVpc = after.nodes.filter((n) => n.parentId === vpc.id);
    expect(inVpc.length).toBeGreaterThan(0);
    // Relative: the VPC's children start near its own corner, not at the canvas's coordinates.
    for (const child of inVpc) expect(child.position.x).toBeLessThan(vpc.size!.width);
    const right = Math.max(...inVpc.map((c) => c.position.x + absoluteRect(after, c).width));
    expect(vpc.size!.width - right).toBeGreaterThanOrEqual(0);
    expect(vpc.size!.width - right).toBeLessThanOrEqual(40);
    // Wide enough for the header's name and subtitle.
    for (const container of after.nodes.filter(isContainer)) expect(container.size!.width).toBeGreaterThanOrEqual(containerHeaderWidth(container));
  });

  it('changes only positions and container sizes, and gives the same layout every time', async () => {
    const before = starter('vpc-function-nat-rds-proxy');
    const snapshot = structuredClone(before);
    const a = await layoutDesign(before);
    const b = await layoutDesign(structuredClone(before));
    expect(a).toEqual(b);
    expect(before).toEqual(snapshot);
    expect(a.edges).toEqual(before.edges);
    const strip = (d: Design) => d.nodes.map(({ position: _p, size: _s, ...rest }) => rest);
    expect(strip(a)).toEqual(strip(before));
    expect({ ...a, nodes: [] }).toEqual({ ...before, nodes: [] });
    for (const node of a.nodes) expect(node.size !== undefined).toBe(isContainer(node));
  });

  it('returns an empty design as it is', async () => {
    const empty = emptyDesign();
    expect(await layoutDesign(empty)).toBe(empty);
  });

  it('lays out a design of only containers, empty ones keeping their size unless the header needs more', async () => {
    const d = emptyDesign();
    d.nodes.push(createNode(d, 'vpc', { id: 'vpc', name: 'VPC', position: { x: 500, y: 500 } }));
    d.nodes.push(createNode(d, 'subnet', { id: 'a', name: 'A', parentId: 'vpc', position: { x: 5, y: 5 } }));
    d.nodes.push(createNode(d, 'subnet', { id: 'b', name: 'B', parentId: 'vpc', position: { x: 5, y: 5 } }));
    d.nodes.push(createNode(d, 'vpc', { id: 'empty', name: 'Empty VPC' }));
    expect(untidiness(d)).toContain('a overlaps b');
    const laid = await layoutDesign(d);
    expectTidy(laid);
    const sizeOf = (id: string) => laid.nodes.find((n) => n.id === id)!.size;
    expect(sizeOf('empty')).toEqual(d.nodes.find((n) => n.id === 'empty')!.size);
    expect(sizeOf('a')).toEqual(d.nodes.find((n) => n.id === 'a')!.size);
  });

  it('survives broken designs: a missing parent, a parent loop, an edge to its own container, two edges of one id', async () => {
    const d = emptyDesign();
    d.nodes.push(createNode(d, 'vpc', { id: 'vpc', name: 'VPC' }));
    d.nodes.push(createNode(d, 'subnet', { id: 'sub', name: 'Subnet', parentId: 'vpc' }));
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: 'Fn', parentId: 'sub' }));
    d.nodes.push(createNode(d, 'lambda-function', { id: 'orphan', name: 'Orphan', parentId: 'gone' }));
    d.nodes.push({ ...createNode(d, 'subnet', { id: 'loopA', name: 'Loop A' }), parentId: 'loopB' });
    d.nodes.push({ ...createNode(d, 'subnet', { id: 'loopB', name: 'Loop B' }), parentId: 'loopA' });
    d.edges.push(createEdge(d, 'fn', 'sub', 'network-attach'));
    d.edges.push(createEdge(d, 'orphan', 'fn', 'invoke-async', {}, 'twin'), createEdge(d, 'orphan', 'fn', 'invoke-sync', {}, 'twin'));
    const laid = await layoutDesign(d);
    expect(laid.nodes.map((n) => n.id)).toEqual(d.nodes.map((n) => n.id));
    for (const node of laid.nodes) expect(Number.isFinite(node.position.x) && Number.isFinite(node.position.y)).toBe(true);
  });

  it('lays out any design the editor could make', async () => {
    await fc.assert(
      fc.asyncProperty(arbitraryDesign(20), async (design) => {
        expectTidy(await layoutDesign(design));
      }),
      { numRuns: 40, seed: 4 },
    );
  });

  it('lays out a generated 1,000-node design', async () => {
    const design = generateDesign(1000, 2);
    const laid = await layoutDesign(design);
    expect(laid.nodes).toHaveLength(design.nodes.length);
    expectTidy(laid);
  });
});
