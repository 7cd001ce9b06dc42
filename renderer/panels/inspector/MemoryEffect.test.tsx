import { readFileSync } from 'node:fs';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import type * as CostModule from '../../../shared/cost';
import { estimateCost } from '../../../shared/cost';
import type { Design, NodeOfKind } from '../../../shared/model/design';
import { moveNodes } from '../../../shared/model/edits/move-nodes';
import { updateNodeConfig } from '../../../shared/model/edits/update-config';
import { loadDesign } from '../../../shared/model/load-design';
import { MemoryTable } from './MemoryEffect';

vi.mock('../../../shared/cost', async (importOriginal) => {
  const actual = await importOriginal<typeof CostModule>();
  return { ...actual, estimateCost: vi.fn(actual.estimateCost) };
});
// Server rendering reads a zustand store's initial state only: the test hands the table its design directly.
const checked = vi.hoisted(() => ({ design: null as unknown }));
vi.mock('../../state/checked-design', () => ({ useCheckedDesign: () => checked.design }));

function starter(): Design {
  const loaded = loadDesign(readFileSync(new URL('../../../templates/serverless-thumbnail-pipeline.lambda.json', import.meta.url), 'utf8'));
  if (!loaded.ok) throw new Error('starter did not load');
  return loaded.design;
}

/** Renders the table of the design's thumbnailer; returns its markup and how many estimates that took. */
function table(design: Design): { html: string; estimates: number } {
  checked.design = design;
  const fn = design.nodes.find((n) => n.id === 'thumbnailer') as NodeOfKind<'lambda-function'>;
  const before = vi.mocked(estimateCost).mock.calls.length;
  const html = renderToStaticMarkup(<MemoryTable fn={fn} />);
  return { html, estimates: vi.mocked(estimateCost).mock.calls.length - before };
}

describe('MemoryTable', () => {
  it('estimates the design once per size, and not again after components move', () => {
    const design = starter();
    const first = table(design);
    expect(first.estimates).toBe(6);
    const moved = table(moveNodes(design, [{ id: 'uploads', position: { x: 500, y: 500 } }, { id: 'thumbnailer', position: { x: 20, y: 40 } }]));
    expect(moved.estimates).toBe(0);
    expect(moved.html).toBe(first.html);
  });

  it('estimates again when a setting changes', () => {
    const design = starter();
    table(design);
    const longer = table(updateNodeConfig(design, ['thumbnailer'], ['timeout'], 30));
    expect(longer.estimates).toBe(6);
  });
});
