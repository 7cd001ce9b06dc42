import { describe, expect, it } from 'vitest';
import { formatCount, formatGb, formatPrice, formatUsd } from './format';

describe('cost formatting', () => {
  it('prints dollars to the cent, and sub-cent amounts by their first digits', () => {
    expect(formatUsd(2.7333)).toBe('$2.73');
    expect(formatUsd(1234.5)).toBe('$1,234.50');
    expect(formatUsd(0)).toBe('$0.00');
    expect(formatUsd(0.0026)).toBe('$0.0026');
    expect(formatUsd(0.00003)).toBe('$0.00003');
  });

  it('prints prices as AWS writes them', () => {
    expect(formatPrice(0.0000166667)).toBe('$0.0000166667');
    expect(formatPrice(0.0000000309)).toBe('$0.0000000309');
    expect(formatPrice(0.2)).toBe('$0.20');
    expect(formatPrice(0.025)).toBe('$0.025');
  });

  it('prints counts and memory', () => {
    expect(formatCount(2_592_000)).toBe('2,592,000');
    expect(formatCount(8.64)).toBe('8.64');
    expect(formatCount(0.3333333)).toBe('0.333');
    expect(formatGb(1536)).toBe('1.5 GB');
    expect(formatGb(128)).toBe('0.125 GB');
  });
});
