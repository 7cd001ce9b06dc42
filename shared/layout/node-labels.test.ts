import { describe, expect, it } from 'vitest';
import { createNode, emptyDesign } from '../model/new-design';
import { containerHeaderWidth, containerSubtitle, estimateTextWidth } from './node-labels';

describe('node labels', () => {
  it('subtitles containers as the canvas does', () => {
    const d = emptyDesign();
    const subnet = createNode(d, 'subnet', { id: 's', config: { visibility: 'public', availabilityZone: 'us-east-1b', cidr: '10.0.3.0/24' } });
    expect(containerSubtitle(subnet)).toBe('public · us-east-1b · 10.0.3.0/24');
    expect(containerSubtitle(createNode(d, 'vpc', { id: 'v', config: { cidr: '10.1.0.0/16' } }))).toBe('10.1.0.0/16');
    expect(containerSubtitle(createNode(d, 'lambda-function', { id: 'f' }))).toBe('');
  });

  it('estimates text widths close to what Chromium measures for the canvas font', () => {
    // Widths measured with canvas measureText in Chromium (600 weight where bold).
    const measured: [string, number, boolean, number][] = [
      ['Orders function', 13, true, 97.5],
      ['private · us-east-1a · 10.0.10.0/24', 11, false, 164.5],
      ['Invokes (sync)', 10, false, 64.5],
      ['Nightly reconciliation of every customer', 13, true, 247.8],
    ];
    for (const [text, size, bold, width] of measured) {
      const estimate = estimateTextWidth(text, size, bold);
      expect(estimate, text).toBeGreaterThan(width * 0.9);
      expect(estimate, text).toBeLessThan(width * 1.15);
    }
  });

  it('makes a container’s header wider for a longer name', () => {
    const d = emptyDesign();
    const short = createNode(d, 'vpc', { id: 'a', name: 'VPC' });
    const long = createNode(d, 'vpc', { id: 'b', name: 'Production payments VPC in eu-west-1' });
    expect(containerHeaderWidth(long)).toBeGreaterThan(containerHeaderWidth(short) + 150);
  });
});
