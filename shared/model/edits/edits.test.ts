import { describe, expect, it } from 'vitest';
import type { Design } from '../design';
import { parseDesignObject } from '../load-design';
import { createEdge, createNode, emptyDesign } from '../new-design';
import { addNodeAt, containerAt, reparentNode } from './add-node';
import { copyFragment, pasteFragment } from './clipboard';
import { connectNodes } from './connect-nodes';
import { absolutePosition } from './geometry';
import { removeElements } from './remove-elements';

function vpcDesign(): Design {
  const d = emptyDesign('VPC');
  d.nodes.push({ ...createNode(d, 'vpc', { id: 'vpc', position: { x: 100, y: 100 } }), size: { width: 800, height: 500 } });
  d.nodes.push({ ...createNode(d, 'subnet', { id: 'sub-a', parentId: 'vpc', position: { x: 20, y: 40 } }), size: { width: 300, height: 200 } });
  d.nodes.push({ ...createNode(d, 'subnet', { id: 'sub-b', parentId: 'vpc', position: { x: 400, y: 40 } }), size: { width: 300, height: 200 } });
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'q', position: { x: 1000, y: 100 } }));
  return d;
}

const valid = (d: Design) => expect(parseDesignObject(d)).toMatchObject({ ok: true });

describe('adding and containing', () => {
  it('drops a function into the subnet under the pointer, with a position relative to it', () => {
    const { design, nodeId } = addNodeAt(vpcDesign(), 'lambda-function', { x: 150, y: 180 });
    const fn = design.nodes.find((n) => n.id === nodeId)!;
    expect(fn.parentId).toBe('sub-a');
    expect(fn.position).toEqual({ x: 30, y: 40 });
    expect(absolutePosition(design, nodeId)).toEqual({ x: 150, y: 180 });
    valid(design);
  });

  it('gives a new subnet the next free range and the next availability zone', () => {
    let d = vpcDesign();
    d = addNodeAt(d, 'subnet', { x: 130, y: 400 }).design;
    // The two existing subnets both use the default 10.0.1.0/24, so the next free range is 10.0.2.0/24.
    expect(d.nodes.at(-1)?.config).toMatchObject({ cidr: '10.0.2.0/24', availabilityZone: 'us-east-1c' });
  });

  it('places a kind where it may sit: a security group in the VPC, not the subnet; a queue on the canvas', () => {
    expect(containerAt(vpcDesign(), { x: 150, y: 180 }, 'security-group')?.id).toBe('vpc');
    expect(addNodeAt(vpcDesign(), 'sqs-queue', { x: 150, y: 180 }).design.nodes.at(-1)?.parentId).toBeUndefined();
  });

  it('moves a node into a container and out again without moving it on the canvas', () => {
    let d = addNodeAt(vpcDesign(), 'lambda-function', { x: 150, y: 180 }).design;
    const id = d.nodes.at(-1)!.id;
    d = reparentNode(d, id, 'sub-b');
    expect(d.nodes.at(-1)?.parentId).toBe('sub-b');
    expect(absolutePosition(d, id)).toEqual({ x: 150, y: 180 });
    d = reparentNode(d, id, undefined);
    expect(d.nodes.at(-1)?.parentId).toBeUndefined();
    expect(d.nodes.at(-1)?.position).toEqual({ x: 150, y: 180 });
    valid(d);
  });

  it('refuses containers that may not hold the kind, and cycles', () => {
    const d = vpcDesign();
    expect(reparentNode(d, 'q', 'sub-a')).toBe(d);
    expect(reparentNode(d, 'vpc', 'sub-a')).toBe(d);
  });
});

describe('removing', () => {
  it('removes a container with its contents and every edge that touched them', () => {
    let d = addNodeAt(vpcDesign(), 'lambda-function', { x: 150, y: 180 }).design;
    const fn = d.nodes.at(-1)!.id;
    d = connectNodes(d, 'q', fn, 'event-source-mapping').design;
    d = { ...d, suppressions: [{ ruleId: 'SQS001', nodeId: fn, reason: 'test' }] };
    const next = removeElements(d, ['vpc']);
    expect(next.nodes.map((n) => n.id)).toEqual(['q']);
    expect(next.edges).toEqual([]);
    expect(next.suppressions).toEqual([]);
  });
});

describe('copy and paste', () => {
  it('keeps internal edges, drops external ones, gives fresh ids and names', () => {
    const d = emptyDesign();
    d.nodes.push(createNode(d, 'sqs-queue', { id: 'jobs', name: 'Jobs' }));
    d.nodes.push(createNode(d, 'lambda-function', { id: 'worker', name: 'Worker', position: { x: 300, y: 0 } }));
    d.nodes.push(createNode(d, 'dynamodb-table', { id: 'table', name: 'Table', position: { x: 600, y: 0 } }));
    d.edges.push(createEdge(d, 'jobs', 'worker', 'event-source-mapping'));
    d.edges.push(createEdge(d, 'worker', 'table', 'access'));
    const fragment = copyFragment(d, ['jobs', 'worker']);
    expect(fragment.edges).toHaveLength(1);
    const pasted = pasteFragment(d, fragment, { x: 40, y: 40 });
    expect(pasted.nodeIds).toEqual(['jobs-2', 'worker-2']);
    expect(pasted.design.nodes.map((n) => n.name)).toEqual(['Jobs', 'Worker', 'Table', 'Jobs 2', 'Worker 2']);
    expect(pasted.design.edges.at(-1)).toMatchObject({ source: 'jobs-2', target: 'worker-2', meaning: 'event-source-mapping' });
    expect(pasted.design.nodes.at(-1)?.position).toEqual({ x: 340, y: 40 });
    valid(pasted.design);
  });

  it('copies a container with its contents, and a child alone onto the canvas', () => {
    const d = addNodeAt(vpcDesign(), 'lambda-function', { x: 150, y: 180 }).design;
    const whole = pasteFragment(d, copyFragment(d, ['vpc']), { x: 0, y: 900 });
    expect(whole.nodeIds).toHaveLength(4);
    valid(whole.design);
    const fnId = d.nodes.at(-1)!.id;
    const alone = copyFragment(d, [fnId]);
    expect(alone.nodes[0]?.parentId).toBeUndefined();
    expect(alone.nodes[0]?.position).toEqual({ x: 150, y: 180 });
  });
});
