import { describe, expect, it, vi } from 'vitest';
import type { Design } from '../model/design';
import { addNodeAt } from '../model/edits/add-node';
import { removeElements } from '../model/edits/remove-elements';
import { renameNode } from '../model/edits/rename-node';
import { generateDesign } from '../model/generate-design';
import { seededRandom } from '../model/seeded-random';
import { designEdit } from './design-edit';
import { DesignGraph } from './design-graph';
import { assignNodeIds } from './logical-ids';
import type * as LogicalIdsModule from './logical-ids';
import { NodeIdsAlongEdits } from './node-ids-along-edits';

// Counts the edits whose ids were worked out without asking assignNodeIds.
vi.mock('./logical-ids', async (original) => {
  const actual = await original<typeof LogicalIdsModule>();
  return { ...actual, assignNodeIds: vi.fn(actual.assignNodeIds) };
});

/** Names that collide with each other, with ids of other nodes, with resources SAM derives from functions, and with SAM's own ids. */
const NAMES = ['Worker', 'Worker', 'Worker role', 'Worker alias', 'Jobs', 'Jobs', 'Jobs fn1', 'Jobs queue1', 'Worker fn0', 'Jobs 2', 'Serverless rest api', '3D', '—', 'Handler 1', 'Handler 1 role', 'Fn 1'];
const KINDS = ['lambda-function', 'sqs-queue', 'lambda-function', 'sns-topic'];

function randomEdit(design: Design, random: () => number): Design {
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)] as T;
  const roll = random();
  if (roll < 0.5 && design.nodes.length > 0) return renameNode(design, pick(design.nodes).id, pick(NAMES));
  if (roll < 0.75) {
    const added = addNodeAt(design, pick(KINDS), { x: -900, y: -900 });
    return renameNode(added.design, added.nodeId, pick(NAMES));
  }
  return design.nodes.length > 0 ? removeElements(design, [pick(design.nodes).id]) : design;
}

function follow(start: Design, seed: number, steps: number): { quick: number } {
  const random = seededRandom(seed);
  let design = start;
  let graph = new DesignGraph(design);
  const ids = new NodeIdsAlongEdits(assignNodeIds(design));
  let quick = 0;
  for (let step = 0; step < steps; step++) {
    const next = randomEdit(design, random);
    const edit = designEdit(design, graph, next);
    if (!edit) throw new Error('an edit of nodes is read as one');
    const before = assignNodeIds(design);
    const asked = vi.mocked(assignNodeIds).mock.calls.length;
    const { ids: after, changed } = ids.follow(edit, design, next);
    if (vi.mocked(assignNodeIds).mock.calls.length === asked) quick++;
    const expected = assignNodeIds(next);
    expect(Object.fromEntries(after), `seed ${seed}, step ${step}`).toEqual(Object.fromEntries(expected));
    expect([...changed].sort(), `seed ${seed}, step ${step}`).toEqual([...expected.keys()].filter((id) => before.has(id) && before.get(id) !== expected.get(id)).sort());
    graph.apply(edit);
    design = next;
    if (step % 50 === 49) graph = new DesignGraph(design);
  }
  return { quick };
}

describe('node ids followed along edits', () => {
  it('are what assignNodeIds gives, through renames, additions and removals with colliding names', () => {
    let quick = 0;
    for (const seed of [1, 2, 3, 4, 5, 6]) quick += follow(generateDesign(30, seed), seed, 150).quick;
    expect(quick).toBeGreaterThan(100);
  });

  it('numbers a node whose id with its node id is another node’s stem', () => {
    const design = generateDesign(10, 1);
    const jobs = renameNode(renameNode(design, 'fn1', 'Jobs'), 'queue1', 'Jobs');
    const ids = new NodeIdsAlongEdits(assignNodeIds(jobs));
    const added = addNodeAt(jobs, 'sns-topic', { x: -900, y: -900 });
    const next = renameNode(added.design, added.nodeId, 'Jobs fn1');
    const { ids: after, changed } = ids.follow(designEdit(jobs, new DesignGraph(jobs), next) as NonNullable<ReturnType<typeof designEdit>>, jobs, next);
    expect(after.get('fn1')).toBe('JobsFn12');
    expect(changed).toEqual(['fn1']);
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(assignNodeIds(next)));
  });

  it('on a generated design of 1,000 nodes, a rename works out a few ids only', () => {
    const design = generateDesign(1000, 1);
    const ids = new NodeIdsAlongEdits(assignNodeIds(design));
    const renamed = renameNode(design, 'fn1', 'Orders handler');
    const edit = designEdit(design, new DesignGraph(design), renamed);
    const asked = vi.mocked(assignNodeIds).mock.calls.length;
    const { ids: after, changed } = ids.follow(edit as NonNullable<typeof edit>, design, renamed);
    expect(vi.mocked(assignNodeIds).mock.calls.length).toBe(asked);
    expect(changed).toEqual(['fn1']);
    expect(after.get('fn1')).toBe('OrdersHandler');
    expect(Object.fromEntries(after)).toEqual(Object.fromEntries(assignNodeIds(renamed)));
  });
});
