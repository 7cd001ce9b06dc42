import { describe, expect, it } from 'vitest';
import { createNode, emptyDesign } from '../new-design';
import { moveNodes } from './move-nodes';

describe('moveNodes', () => {
  const design = emptyDesign();
  design.nodes.push(createNode(design, 'lambda-function', { id: 'a', position: { x: 1, y: 2 } }));
  design.nodes.push(createNode(design, 'sqs-queue', { id: 'b', position: { x: 5, y: 5 } }));

  it('moves only the named nodes and keeps the others identical', () => {
    const next = moveNodes(design, [{ id: 'a', position: { x: 10, y: 20 } }]);
    expect(next.nodes[0]?.position).toEqual({ x: 10, y: 20 });
    expect(next.nodes[1]).toBe(design.nodes[1]);
    expect(design.nodes[0]?.position).toEqual({ x: 1, y: 2 });
  });

  it('returns the same design when nothing moves', () => {
    expect(moveNodes(design, [])).toBe(design);
    expect(moveNodes(design, [{ id: 'a', position: { x: 1, y: 2 } }]).nodes[0]).toBe(design.nodes[0]);
  });
});
