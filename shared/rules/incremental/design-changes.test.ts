import { describe, expect, it } from 'vitest';
import { applyConfigChanges } from '../../model/edits/apply-changes';
import { connectNodes } from '../../model/edits/connect-nodes';
import { moveNodes } from '../../model/edits/move-nodes';
import { removeElements } from '../../model/edits/remove-elements';
import { renameNode } from '../../model/edits/rename-node';
import { addSuppression } from '../../model/edits/suppressions';
import { updateDesignSettings } from '../../model/edits/update-config';
import { generateDesign } from '../../model/generate-design';
import { changedReads } from './design-changes';
import { EVERYTHING, EXPORTED } from './read-tracking';

const design = generateDesign(40, 4);
const fn = design.nodes.find((n) => n.kind === 'lambda-function');
const queue = design.nodes.find((n) => n.kind === 'sqs-queue');
if (!fn || !queue) throw new Error('the generated design lacks a function or a queue');

describe('changedReads', () => {
  it('names the setting a config edit changed, for the kind', () => {
    const edited = applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 2048 }]);
    expect([...changedReads(design, edited)].sort()).toEqual([EVERYTHING, EXPORTED, 'n:lambda-function:*', 'n:lambda-function:config.*', 'n:lambda-function:config.memorySize'].sort());
  });

  it('names a rename as a read of the name', () => {
    expect(changedReads(design, renameNode(design, queue.id, 'jobs'))).toContain('n:sqs-queue:name');
  });

  it('tells the exporter-blind changes apart: a move, a suppression', () => {
    const moved = changedReads(design, moveNodes(design, [{ id: fn.id, position: { x: 5, y: 5 } }]));
    expect(moved).toContain('n:lambda-function:position');
    expect(moved).not.toContain(EXPORTED);
    const suppressed = changedReads(design, addSuppression(design, 'LMB001', fn.id, 'known'));
    expect(suppressed).toContain('d:suppressions');
    expect(suppressed).not.toContain(EXPORTED);
  });

  it('names design settings', () => {
    expect(changedReads(design, updateDesignSettings(design, { region: 'eu-west-1' }))).toContain('s:region');
  });

  it('names the connections of the meaning an added connection has', () => {
    const reads = changedReads(design, connectNodes(design, fn.id, queue.id, 'access').design);
    expect([...reads].filter((read) => read.startsWith('x:')).sort()).toEqual(['x:edges', 'x:edges:access', `x:in:access:${queue.id}`, `x:out:access:${fn.id}`].sort());
  });

  it('names the kind of a removed node, its parents, and the connections it took with it', () => {
    const removed = removeElements(design, [fn.id]);
    const reads = changedReads(design, removed);
    expect(reads).toContain('x:kind:lambda-function');
    expect(reads).toContain(`x:gone:${fn.id}`);
    expect(reads).toContain('x:nodes');
    if (fn.parentId) expect(reads).toContain('x:parents');
    for (const edge of design.edges.filter((e) => e.source === fn.id || e.target === fn.id)) {
      expect(reads).toContain(`x:edges:${edge.meaning}`);
      expect(reads).toContain(`x:in:${edge.meaning}:${edge.target}`);
      expect(reads).toContain(`x:out:${edge.meaning}:${edge.source}`);
    }
    expect(reads).not.toContain('x:added');
  });

  it('names an added node as an addition of its kind', () => {
    const added = { ...design, nodes: [...design.nodes, { ...queue, id: 'new-queue' }] };
    const reads = changedReads(design, added);
    expect([...reads].filter((read) => read.startsWith('x:')).sort()).toEqual(['x:added', 'x:kind:sqs-queue', 'x:nodes', ...(queue.parentId ? ['x:parents'] : [])].sort());
  });

  it('names a re-ordering of the nodes', () => {
    expect(changedReads(design, { ...design, nodes: [...design.nodes].reverse() })).toContain('x:nodes');
  });

  it('names connections that stay in another order among one another, even when each meaning keeps its own order', () => {
    const [first, ...rest] = design.edges;
    const second = rest.find((e) => e.meaning !== first?.meaning);
    if (!first || !second) throw new Error('the generated design lacks connections of two meanings');
    const swapped = design.edges.map((e) => (e === first ? second : e === second ? first : e));
    const reads = changedReads(design, { ...design, edges: swapped });
    expect(reads).toContain('x:edge-order');
    expect(changedReads(design, connectNodes(design, fn.id, queue.id, 'access').design)).not.toContain('x:edge-order');
  });

  it('names the meaning of a connection left without an end when a node goes alone (the index drops such connections)', () => {
    const edge = design.edges.find((e) => e.source === fn.id || e.target === fn.id);
    if (!edge) throw new Error('the function has no connection');
    const reads = changedReads(design, { ...design, nodes: design.nodes.filter((n) => n.id !== fn.id) });
    expect(reads).toContain(`x:edges:${edge.meaning}`);
    expect(reads).toContain(`x:in:${edge.meaning}:${edge.target}`);
  });

  it('is empty for a copy of the same design', () => {
    expect(changedReads(design, { ...design }).size).toBe(0);
  });
});
