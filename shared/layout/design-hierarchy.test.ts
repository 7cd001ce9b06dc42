import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyDesign } from '../model/new-design';
import { ancestors, commonContainer, connectedGroups, designHierarchy } from './design-hierarchy';

function sample() {
  const d = emptyDesign();
  const add = (kind: string, id: string, parentId?: string) => d.nodes.push(createNode(d, kind, { id, name: id, ...(parentId ? { parentId } : {}) }));
  add('secret', 'lonely');
  add('vpc', 'vpc');
  add('subnet', 'a', 'vpc');
  add('subnet', 'b', 'vpc');
  add('lambda-function', 'fn', 'a');
  add('nat-gateway', 'nat', 'b');
  add('api-gateway-http', 'api');
  add('lambda-function', 'other');
  add('dynamodb-table', 'table');
  d.edges.push(createEdge(d, 'api', 'fn', 'invoke-sync'), createEdge(d, 'other', 'table', 'access'));
  return d;
}

describe('designHierarchy', () => {
  it('knows each node’s containers and the innermost one two nodes share', () => {
    const h = designHierarchy(sample());
    expect(ancestors(h, 'fn')).toEqual(['a', 'vpc']);
    expect(commonContainer(h, 'fn', 'nat')).toBe('vpc');
    expect(commonContainer(h, 'fn', 'api')).toBeUndefined();
    expect(h.childrenOf.get('vpc')!.map((n) => n.id)).toEqual(['a', 'b']);
  });

  it('groups top-level nodes that edges or containers tie together, largest group first', () => {
    const d = sample();
    const groups = connectedGroups(d, designHierarchy(d)).map((g) => g.map((n) => n.id));
    expect(groups).toEqual([['vpc', 'api'], ['other', 'table'], ['lonely']]);
  });

  it('treats a node whose container is missing or loops as top-level', () => {
    const d = emptyDesign();
    d.nodes.push({ ...createNode(d, 'subnet', { id: 'x', name: 'x' }), parentId: 'y' });
    d.nodes.push({ ...createNode(d, 'subnet', { id: 'y', name: 'y' }), parentId: 'x' });
    d.nodes.push(createNode(d, 'lambda-function', { id: 'fn', name: 'fn', parentId: 'gone' }));
    const h = designHierarchy(d);
    expect(h.parentOf.size).toBe(0);
    expect(h.childrenOf.get(undefined)!.map((n) => n.id)).toEqual(['x', 'y', 'fn']);
  });
});
