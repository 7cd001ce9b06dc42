import { describe, expect, it } from 'vitest';
import { main } from './main';
import { memoryIo } from './testing/memory-io';

describe('lambda-designer CLI', () => {
  it('prints help listing its commands', async () => {
    const m = memoryIo();
    expect(await main(['--help'], m.io)).toBe(0);
    expect(m.stdout()).toMatch(/Usage: lambda-designer <command>/);
    expect(m.stdout()).toMatch(/schema/);
  });

  it('rejects an unknown command with exit code 2', async () => {
    const m = memoryIo();
    expect(await main(['frobnicate'], m.io)).toBe(2);
    expect(m.stderr()).toMatch(/unknown command "frobnicate"/);
  });

  it('writes the JSON Schema of the format', async () => {
    const m = memoryIo();
    expect(await main(['schema', '-o', 'out.json'], m.io)).toBe(0);
    expect(JSON.parse(m.files['out.json']!).$id).toMatch(/design-v1\.json$/);
  });
});
