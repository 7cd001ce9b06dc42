import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildTemplate } from '../../export/build-template';
import { arbitraryDesign, everyConnectionDesign } from '../../export/sample-designs.test-support';
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
