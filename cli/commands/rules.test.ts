import { describe, expect, it } from 'vitest';
import { main } from '../main';
import { memoryIo } from '../testing/memory-io';

describe('lambda-designer rules', () => {
  it('lists the catalog as JSON with its metadata', async () => {
    const cli = memoryIo({});
    expect(await main(['rules', '--format', 'json'], cli.io)).toBe(0);
    const { rules } = JSON.parse(cli.stdout()) as { rules: Array<Record<string, string>> };
    expect(rules.length).toBeGreaterThanOrEqual(60);
    expect(rules.find((r) => r.id === 'SQS001')).toMatchObject({ severity: 'error', docsUrl: expect.stringMatching(/^https:\/\//), seed: expect.stringMatching(/\.txt$/) });
  });

  it('lists the catalog as text, one rule with its limit per entry', async () => {
    const cli = memoryIo({});
    expect(await main(['rules'], cli.io)).toBe(0);
    expect(cli.stdout()).toMatch(/^LMB001 {2}error {4}Memory between 128 and 10,240 MB\n {8}Memory: 128 MB/m);
  });
});
