import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/testing/design-builder';
import { nodeFingerprint } from './source-fingerprint';

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
});
