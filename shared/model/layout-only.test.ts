import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateCost } from '../cost';
import { exportTemplate } from '../export/export-template';
import { validateDesign } from '../rules/engine';
import { generateDesign } from './generate-design';
import { reparentNode } from './edits/add-node';
import { applyConfigChanges } from './edits/apply-changes';
import { connectNodes } from './edits/connect-nodes';
import { moveNodes } from './edits/move-nodes';
import { renameNode } from './edits/rename-node';
import { resizeNode } from './edits/resize-node';
import { differsOnlyInLayout, ignoringLayout } from './layout-only';

const design = generateDesign(60, 3);
const fn = design.nodes.find((n) => n.kind === 'lambda-function')!;
const container = design.nodes.find((n) => n.kind === 'vpc')!;
const subnet = design.nodes.find((n) => n.kind === 'subnet')!;
const looseFunction = design.nodes.find((n) => !n.parentId && n.kind === 'lambda-function')!;
const loose = design.nodes.find((n) => !n.parentId && n.kind === 'sqs-queue')!;

describe('differsOnlyInLayout', () => {
  it('is true after moves, resizes and a new viewport', () => {
    const moved = moveNodes(design, [{ id: fn.id, position: { x: 999, y: 4 } }, { id: loose.id, position: { x: -5, y: 7 } }]);
    expect(differsOnlyInLayout(design, moved)).toBe(true);
    const resized = resizeNode(moved, container.id, { width: 2000, height: 900 });
    expect(resized).not.toBe(moved);
    expect(differsOnlyInLayout(design, resized)).toBe(true);
    expect(differsOnlyInLayout(design, { ...resized, viewport: { x: 10, y: 20, zoom: 0.5 } })).toBe(true);
  });

  it('is false after any edit that means something', () => {
    expect(differsOnlyInLayout(design, applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 2048 }]))).toBe(false);
    expect(differsOnlyInLayout(design, renameNode(design, fn.id, 'Renamed'))).toBe(false);
    expect(differsOnlyInLayout(design, connectNodes(design, loose.id, fn.id, 'event-source-mapping').design)).toBe(false);
    const reparented = reparentNode(design, looseFunction.id, subnet.id);
    expect(reparented).not.toBe(design);
    expect(differsOnlyInLayout(design, reparented)).toBe(false);
    expect(differsOnlyInLayout(design, { ...design, nodes: design.nodes.slice(1) })).toBe(false);
    expect(differsOnlyInLayout(design, { ...design, name: 'Other' })).toBe(false);
    expect(differsOnlyInLayout(design, { ...design, nodes: [...design.nodes].reverse() })).toBe(false);
    // A moved node whose settings changed as well.
    const both = moveNodes(applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['timeout'], value: 30 }]), [{ id: fn.id, position: { x: 1, y: 1 } }]);
    expect(differsOnlyInLayout(design, both)).toBe(false);
  });
});

describe('ignoringLayout', () => {
  it('derives again only when more than the layout changed, or the other arguments did', () => {
    let runs = 0;
    const count = ignoringLayout((d: typeof design, extra: number) => {
      runs++;
      return d.nodes.length + extra;
    });
    expect(count(design, 1)).toBe(design.nodes.length + 1);
    const moved = moveNodes(design, [{ id: fn.id, position: { x: 5, y: 5 } }]);
    count(moved, 1);
    count(moveNodes(moved, [{ id: fn.id, position: { x: 6, y: 6 } }]), 1);
    expect(runs).toBe(1);
    count(moved, 2);
    expect(runs).toBe(2);
    count(applyConfigChanges(moved, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 512 }]), 2);
    expect(runs).toBe(3);
  });
});

describe('what is derived from a design does not depend on its layout', () => {
  // The assumption `ignoringLayout` rests on, for the rules, both exports and the cost estimate.
  it('holds for generated designs with nodes moved, containers resized and the viewport changed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 10_000 }), fc.array(fc.tuple(fc.nat(), fc.integer({ min: -5000, max: 5000 }), fc.integer({ min: -5000, max: 5000 })), { minLength: 1, maxLength: 8 }), (seed, moves) => {
        const original = generateDesign(40, seed);
        let laidOut = moveNodes(original, moves.map(([i, x, y]) => ({ id: original.nodes[i % original.nodes.length]!.id, position: { x, y } })));
        const box = laidOut.nodes.find((n) => n.kind === 'vpc' || n.kind === 'subnet');
        if (box) laidOut = resizeNode(laidOut, box.id, { width: 1234, height: 567 });
        laidOut = { ...laidOut, viewport: { x: 3, y: 4, zoom: 0.7 } };
        expect(differsOnlyInLayout(original, laidOut)).toBe(true);
        expect(validateDesign(laidOut, { today: '2026-11-23' })).toEqual(validateDesign(original, { today: '2026-11-23' }));
        for (const target of ['sam', 'cfn'] as const) expect(exportTemplate(laidOut, { target })).toBe(exportTemplate(original, { target }));
        expect(estimateCost(laidOut)).toEqual(estimateCost(original));
      }),
      { numRuns: 25 },
    );
  });
});
