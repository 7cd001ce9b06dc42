import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GROUP_GAP, packGroups } from './pack-groups';

describe('packGroups', () => {
  it('places nothing for no groups and one group at the origin', () => {
    expect(packGroups([])).toEqual([]);
    expect(packGroups([{ width: 900, height: 300 }])).toEqual([{ x: 0, y: 0 }]);
  });

  it('fills rows left to right in the given order, then starts a new row below the tallest', () => {
    const at = packGroups(Array.from({ length: 9 }, (_, i) => ({ width: 400, height: i === 1 ? 300 : 100 })));
    expect(at[0]).toEqual({ x: 0, y: 0 });
    expect(at[1]).toEqual({ x: 400 + GROUP_GAP, y: 0 });
    const secondRow = at.findIndex((p) => p.y > 0);
    expect(secondRow).toBeGreaterThan(1);
    expect(at[secondRow]).toEqual({ x: 0, y: 300 + GROUP_GAP });
  });

  it('never overlaps two groups and keeps the whole roughly landscape', () => {
    const size = fc.record({ width: fc.integer({ min: 1, max: 3000 }), height: fc.integer({ min: 1, max: 2000 }) });
    fc.assert(
      fc.property(fc.array(size, { minLength: 1, maxLength: 60 }), (sizes) => {
        const at = packGroups(sizes);
        const boxes = sizes.map((s, i) => ({ ...s, ...at[i]! }));
        for (const [i, a] of boxes.entries()) {
          for (const b of boxes.slice(i + 1)) {
            expect(a.x + a.width + GROUP_GAP <= b.x || b.x + b.width + GROUP_GAP <= a.x || a.y + a.height + GROUP_GAP <= b.y || b.y + b.height + GROUP_GAP <= a.y).toBe(true);
          }
        }
        const width = Math.max(...boxes.map((b) => b.x + b.width));
        const widest = Math.max(...sizes.map((s) => s.width));
        // No row runs much past the target width (only a box wider than the target itself may).
        const area = sizes.reduce((sum, s) => sum + (s.width + GROUP_GAP) * (s.height + GROUP_GAP), 0);
        expect(width).toBeLessThanOrEqual(Math.max(widest, Math.sqrt(area * 1.6)) + 1e-6);
      }),
      { numRuns: 200, seed: 3 },
    );
  });
});
