import { beforeEach, describe, expect, it } from 'vitest';
import { moveNodes } from '../../shared/model/edits/move-nodes';
import { createNode, emptyDesign } from '../../shared/model/new-design';
import { useDesigner } from './store';

function fixture() {
  const design = emptyDesign('Test');
  design.nodes.push(createNode(design, 'lambda-function', { id: 'fn', position: { x: 0, y: 0 } }));
  return design;
}

describe('designer store', () => {
  beforeEach(() => useDesigner.getState().openDesign(fixture(), { name: 'Test', path: null }));

  it('records a drag of many steps as one undo step', () => {
    const s = useDesigner.getState();
    for (let i = 1; i <= 5; i++) s.preview((d) => moveNodes(d, [{ id: 'fn', position: { x: i * 10, y: 0 } }]));
    s.endGesture();
    expect(useDesigner.getState().past).toHaveLength(1);
    expect(useDesigner.getState().design.nodes[0]?.position.x).toBe(50);
    useDesigner.getState().undo();
    expect(useDesigner.getState().design.nodes[0]?.position.x).toBe(0);
    useDesigner.getState().redo();
    expect(useDesigner.getState().design.nodes[0]?.position.x).toBe(50);
  });

  it('keeps redo when only the selection changes', () => {
    const s = useDesigner.getState();
    s.change((d) => moveNodes(d, [{ id: 'fn', position: { x: 99, y: 0 } }]));
    useDesigner.getState().undo();
    useDesigner.getState().select({ nodes: ['fn'], edges: [] });
    expect(useDesigner.getState().future).toHaveLength(1);
    useDesigner.getState().redo();
    expect(useDesigner.getState().design.nodes[0]?.position.x).toBe(99);
  });

  it('marks the document dirty on edits and clean on open and save', () => {
    expect(useDesigner.getState().document.dirty).toBe(false);
    useDesigner.getState().change((d) => moveNodes(d, [{ id: 'fn', position: { x: 1, y: 1 } }]));
    expect(useDesigner.getState().document.dirty).toBe(true);
    useDesigner.getState().markSaved({ name: 'Test', path: '/tmp/t.lambda.json' });
    expect(useDesigner.getState().document).toEqual({ name: 'Test', path: '/tmp/t.lambda.json', dirty: false });
  });

  it('ignores edits that change nothing', () => {
    useDesigner.getState().change((d) => d);
    expect(useDesigner.getState().past).toHaveLength(0);
  });
});
