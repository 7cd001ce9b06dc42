import { describe, expect, it } from 'vitest';
import { createNode, emptyDesign } from '../new-design';
import { renameNode, updateNode } from './rename-node';

function sample() {
  const d = emptyDesign();
  d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: 'Thumbnail function' }));
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'q', name: 'Jobs' }));
  return d;
}

describe('renameNode', () => {
  it('renames with the name trimmed, touching no other node', () => {
    const d = sample();
    const next = renameNode(d, 'fn', '  Resizer ');
    expect(next.nodes[0]?.name).toBe('Resizer');
    expect(next.nodes[1]).toBe(d.nodes[1]);
    expect(d.nodes[0]?.name).toBe('Thumbnail function');
  });

  it('returns the same design for an empty or unchanged name, or an unknown node', () => {
    const d = sample();
    expect(renameNode(d, 'fn', '   ')).toBe(d);
    expect(renameNode(d, 'fn', 'Thumbnail function ')).toBe(d);
    expect(renameNode(d, 'missing', 'Other')).toBe(d);
  });
});

describe('updateNode', () => {
  it('sets notes, and removes them when blank', () => {
    const d = sample();
    const noted = updateNode(d, 'q', { notes: 'Drained nightly.\nOwner: media team' });
    expect(noted.nodes[1]?.notes).toBe('Drained nightly.\nOwner: media team');
    const cleared = updateNode(noted, 'q', { notes: '  ' });
    expect('notes' in cleared.nodes[1]!).toBe(false);
    expect(updateNode(noted, 'q', { notes: undefined }).nodes[1]?.notes).toBeUndefined();
  });

  it('returns the same design when nothing changes', () => {
    const d = sample();
    expect(updateNode(d, 'q', { notes: '' })).toBe(d);
    expect(updateNode(d, 'q', {})).toBe(d);
    const noted = updateNode(d, 'q', { notes: 'x' });
    expect(updateNode(noted, 'q', { notes: 'x', name: 'Jobs' })).toBe(noted);
  });
});
