import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../export/build-template';
import { exportTemplate } from '../../export/export-template';
import { arbitraryDesign, everyConnectionDesign } from '../../export/sample-designs.test-support';
import { importTemplate } from '../../import/import-template';
import { addNodeAt } from '../../model/edits/add-node';
import { removeElements } from '../../model/edits/remove-elements';
import { renameNode } from '../../model/edits/rename-node';
import { updateNodeConfig } from '../../model/edits/update-config';
import type { Design } from '../../model/design';
import { generateDesign } from '../../model/generate-design';
import { DesignIndex } from '../design-index';
import { outputBounds, parameterBounds, resourceBounds } from './template-bounds';

function check(design: Design): void {
  const index = new DesignIndex(design, '2026-11-23');
  const { template, ctx } = buildTemplate(structuredClone(design), 'cfn');
  const resources = Object.keys(template.Resources).length;
  const r = resourceBounds(index);
  expect(r.lower, 'resources, lower bound').toBeLessThanOrEqual(resources);
  expect(r.upper, 'resources, upper bound').toBeGreaterThanOrEqual(resources);
  const outputs = Math.max(ctx.outputs.size, Object.keys(template.Outputs ?? {}).length);
  const o = outputBounds(index);
  expect(o.lower, 'outputs, lower bound').toBeLessThanOrEqual(outputs);
  expect(o.upper, 'outputs, upper bound').toBeGreaterThanOrEqual(outputs);
  expect(parameterBounds(index).upper, 'parameters, upper bound').toBeGreaterThanOrEqual(Object.keys(template.Parameters ?? {}).length);
}

describe('template bounds hold against the exporter', () => {
  it('on the design with every connection', () => check(everyConnectionDesign()));
  it('on generated designs of 50 to 600 nodes', () => {
    for (const [size, seed] of [[50, 1], [200, 2], [600, 3]] as const) check(generateDesign(size, seed));
  });
  it('on random valid designs', () => {
    fc.assert(fc.property(arbitraryDesign, (design) => check(design)), { numRuns: 200 });
  });
});

const corpus = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'corpus');

function imported(text: string, fileName: string): Design | undefined {
  const result = importTemplate(text, fileName);
  return result.ok ? result.design : undefined;
}

/** Edits an imported design may have had since: function URLs, a renamed and a removed function, new functions with URLs. */
function edited(design: Design): Design {
  const functions = design.nodes.filter((n) => n.kind === 'lambda-function').map((n) => n.id);
  let result = design;
  if (functions.length > 0) result = updateNodeConfig(result, functions.filter((_, i) => i % 2 === 0), ['functionUrl', 'enabled'], true);
  if (functions.length > 1) result = renameNode(result, functions[1] as string, 'Renamed since import');
  if (functions.length > 2) result = removeElements(result, [functions[2] as string]);
  for (let i = 0; i < 3; i++) {
    const added = addNodeAt(result, 'lambda-function', { x: 4000 + i * 300, y: 4000 });
    result = updateNodeConfig(added.design, [added.nodeId], ['functionUrl', 'enabled'], true);
  }
  return result;
}

describe('template bounds hold against the exporter on imported designs', () => {
  it('on generated designs exported to SAM and imported back, as imported and edited', () => {
    for (const [size, seed] of [[40, 4], [300, 5]] as const) {
      const design = imported(exportTemplate(generateDesign(size, seed), { target: 'sam' }), 'generated.yaml');
      expect(design).toBeDefined();
      check(design as Design);
      check(edited(design as Design));
    }
  });
  it.skipIf(!existsSync(corpus))('on every corpus template, as imported and edited', () => {
    const files = readdirSync(corpus).filter((f) => /\.(ya?ml|json|template)$/.test(f));
    expect(files.length).toBeGreaterThan(200);
    for (const file of files) {
      const design = imported(readFileSync(join(corpus, file), 'utf8'), file);
      if (!design) continue;
      check(design);
      check(edited(design));
    }
  });
});
