import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/testing/design-builder';
import { generateDesign } from '../model/generate-design';
import { nodeFingerprint, nodeFingerprints } from './source-fingerprint';

describe('node fingerprints', () => {
  it('ignore expected traffic, which no template holds, but not settings that deploy', () => {
    const b = new DesignBuilder();
    b.fn('worker');
    const design = b.build();
    const before = nodeFingerprint(design, 'worker');
    const node = design.nodes[0];
    if (node?.kind !== 'lambda-function') throw new Error('no function');
    node.config.traffic = { averageDurationMs: 120, rate: 5, per: 'second' };
    expect(nodeFingerprint(design, 'worker')).toBe(before);
    node.config.memorySize = 256;
    expect(nodeFingerprint(design, 'worker')).not.toBe(before);
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
});
