import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/testing/design-builder';
import { applyConfigChanges } from '../model/edits/apply-changes';
import { generateDesign } from '../model/generate-design';
import { nodeFingerprint, nodeFingerprints } from './source-fingerprint';

describe('node fingerprints', () => {
  it('ignore expected traffic, which no template holds, but not settings that deploy', () => {
    const b = new DesignBuilder();
    b.fn('worker');
    const design = b.build();
    const before = nodeFingerprint(design, 'worker');
    const withTraffic = applyConfigChanges(design, [{ target: 'node', id: 'worker', path: ['traffic'], value: { averageDurationMs: 120, rate: 5, per: 'second' } }]);
    expect(nodeFingerprint(withTraffic, 'worker')).toBe(before);
    const withMemory = applyConfigChanges(withTraffic, [{ target: 'node', id: 'worker', path: ['memorySize'], value: 256 }]);
    expect(nodeFingerprint(withMemory, 'worker')).not.toBe(before);
  });

  it('of every node at once are those of each node alone, connections included', () => {
    const design = generateDesign(300, 4);
    const all = nodeFingerprints(design);
    expect(all.size).toBe(design.nodes.length);
    for (const node of design.nodes) expect(all.get(node.id)).toBe(nodeFingerprint(design, node.id));
    // A connection changes the fingerprints of both its ends.
    const edge = design.edges[0];
    if (!edge) throw new Error('no edge');
    const rewired = nodeFingerprints({ ...design, edges: design.edges.slice(1) });
    expect(rewired.get(edge.source)).not.toBe(all.get(edge.source));
    expect(rewired.get(edge.target)).not.toBe(all.get(edge.target));
  });

  it('are taken again when a node or a connection it takes part in is replaced by an edit', () => {
    const design = generateDesign(60, 2);
    const edge = design.edges.find((e) => e.meaning === 'event-source-mapping');
    if (!edge) throw new Error('no mapping');
    const all = nodeFingerprints(design);
    const batched = nodeFingerprints(applyConfigChanges(design, [{ target: 'edge', id: edge.id, path: ['batchSize'], value: 7 }]));
    expect(batched.get(edge.source)).not.toBe(all.get(edge.source));
    expect(batched.get(edge.target)).not.toBe(all.get(edge.target));
    for (const node of design.nodes) if (node.id !== edge.source && node.id !== edge.target) expect(batched.get(node.id)).toBe(all.get(node.id));
  });
});
