import { describe, expect, it } from 'vitest';
import { generateDesign } from './generate-design';
import { parseDesignObject } from './load-design';
import { serializeDesign } from './save-design';

describe('generateDesign', () => {
  it.each([100, 1000])('makes a valid design of about %i nodes', (count) => {
    const design = generateDesign(count, 7);
    expect(design.nodes.length).toBeGreaterThanOrEqual(count);
    expect(design.nodes.length).toBeLessThan(count + 8);
    const loaded = parseDesignObject(structuredClone(design));
    expect(loaded.ok ? [] : loaded.problems.slice(0, 3)).toEqual([]);
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(serializeDesign(generateDesign(200, 3))).toBe(serializeDesign(generateDesign(200, 3)));
    expect(serializeDesign(generateDesign(200, 3))).not.toBe(serializeDesign(generateDesign(200, 4)));
  });
});
