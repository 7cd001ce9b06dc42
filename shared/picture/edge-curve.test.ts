import { getBezierPath, Position } from '@xyflow/system';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { edgeCurve } from './edge-curve';

describe('edgeCurve', () => {
  it('draws the same curve and label point as React Flow’s bezier edge, forwards and backwards', () => {
    const point = fc.record({ x: fc.integer({ min: -3000, max: 3000 }), y: fc.integer({ min: -3000, max: 3000 }) });
    fc.assert(
      fc.property(point, point, (source, target) => {
        const [path, labelX, labelY] = getBezierPath({ sourceX: source.x, sourceY: source.y, sourcePosition: Position.Right, targetX: target.x, targetY: target.y, targetPosition: Position.Left });
        const curve = edgeCurve(source, target);
        const numbers = (d: string) => (d.match(/-?\d+(\.\d+)?/g) ?? []).map(Number);
        const ours = numbers(curve.path);
        expect(ours).toHaveLength(numbers(path).length);
        numbers(path).forEach((n, i) => expect(ours[i]).toBeCloseTo(n, 0));
        expect(curve.label.x).toBeCloseTo(labelX, 6);
        expect(curve.label.y).toBeCloseTo(labelY, 6);
      }),
      { numRuns: 200, seed: 5 },
    );
  });
});
