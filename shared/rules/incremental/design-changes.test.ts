import { describe, expect, it } from 'vitest';
import { applyConfigChanges } from '../../model/edits/apply-changes';
import { connectNodes } from '../../model/edits/connect-nodes';
import { moveNodes } from '../../model/edits/move-nodes';
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
    expect([...(changedReads(design, edited) ?? [])].sort()).toEqual([EVERYTHING, EXPORTED, 'n:lambda-function:*', 'n:lambda-function:config.*', 'n:lambda-function:config.memorySize'].sort());
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

  it('gives no reads but a structural change for an added connection or node', () => {
    expect(changedReads(design, connectNodes(design, fn.id, queue.id, 'access').design)).toBeUndefined();
    expect(changedReads(design, { ...design, nodes: design.nodes.slice(1) })).toBeUndefined();
  });

  it('is empty for a copy of the same design', () => {
    expect(changedReads(design, { ...design })?.size).toBe(0);
  });
});
