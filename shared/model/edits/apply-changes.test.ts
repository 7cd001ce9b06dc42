import { describe, expect, it } from 'vitest';
import { createEdge, createNode, emptyDesign } from '../new-design';
import { applyConfigChanges } from './apply-changes';

describe('applyConfigChanges', () => {
  const d = emptyDesign();
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'q' }));
  d.nodes.push(createNode(d, 'lambda-function', { id: 'fn' }));
  d.edges.push(createEdge(d, 'q', 'fn', 'event-source-mapping'));

  it('sets nested node and edge settings without touching the rest', () => {
    const next = applyConfigChanges(d, [
      { target: 'node', id: 'q', path: ['visibilityTimeout'], value: 18 },
      { target: 'node', id: 'fn', path: ['asyncInvoke', 'maximumRetryAttempts'], value: 0 },
      { target: 'edge', id: d.edges[0]!.id, path: ['batchSize'], value: 5 },
    ]);
    expect(next.nodes[0]?.config).toMatchObject({ visibilityTimeout: 18, fifo: false });
    expect(next.nodes[1]?.config).toMatchObject({ asyncInvoke: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 21600 } });
    expect(next.edges[0]?.config).toMatchObject({ batchSize: 5 });
    expect(d.nodes[0]?.config).toMatchObject({ visibilityTimeout: 30 });
  });

  it('returns the same design when every change sets what is already there', () => {
    expect(applyConfigChanges(d, [{ target: 'node', id: 'q', path: ['visibilityTimeout'], value: 30 }])).toBe(d);
    expect(applyConfigChanges(d, [{ target: 'node', id: 'fn', path: ['environment'], value: {} }])).toBe(d);
    expect(applyConfigChanges(d, [{ target: 'node', id: 'missing', path: ['x'], value: 1 }])).toBe(d);
  });

  it('removes a setting given undefined', () => {
    const withReserved = applyConfigChanges(d, [{ target: 'node', id: 'fn', path: ['reservedConcurrency'], value: 10 }]);
    const cleared = applyConfigChanges(withReserved, [{ target: 'node', id: 'fn', path: ['reservedConcurrency'], value: undefined }]);
    expect('reservedConcurrency' in cleared.nodes[1]!.config).toBe(false);
  });
});
