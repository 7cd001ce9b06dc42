import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { runInMemory } from './testing/memory-io';
import { QUEUE_TEMPLATE } from './testing/templates';

const bin = join(dirname(fileURLToPath(import.meta.url)), 'bin.mjs');
const folder = mkdtempSync(join(tmpdir(), 'lambda-designer-bin-'));
const cache = join(folder, 'cache');
afterAll(() => rmSync(folder, { recursive: true, force: true }));

const file = join(folder, 'template.yaml');
writeFileSync(file, QUEUE_TEMPLATE);

/** The launcher as a process, with the bundle (rebuilt when stale) and its code cache in `cache`. */
function launch(...args: string[]) {
  const run = spawnSync(process.execPath, [bin, ...args], { encoding: 'utf8', env: { ...process.env, LAMBDA_DESIGNER_CLI_CACHE: cache } });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const inProcess = (...args: string[]) => runInMemory({ [file]: QUEUE_TEMPLATE }, args);

describe('cli/bin.mjs', () => {
  it('runs a command as main does, without its code cache, from it, and past one V8 refuses', async () => {
    const args = ['validate', file, '--format', 'json', '--today', '2026-11-23'];
    const expected = await inProcess(...args);
    expect(launch(...args)).toEqual(expected);
    const written = readdirSync(cache).filter((f) => f.startsWith('validate-'));
    expect(written).toHaveLength(1);
    const cacheFile = join(cache, written[0] as string);
    const made = statSync(cacheFile).mtimeMs;
    expect(launch(...args)).toEqual(expected);
    // Taken, not written again.
    expect(statSync(cacheFile).mtimeMs).toBe(made);
    writeFileSync(cacheFile, 'not a code cache');
    expect(launch(...args)).toEqual(expected);
    expect(readFileSync(cacheFile).length).toBeGreaterThan(1000);
  }, 120_000);

  it('loads elkjs from its own file for import', async () => {
    const args = ['import', file];
    const expected = await inProcess(...args);
    expect(expected.code).toBe(0);
    expect(launch(...args)).toEqual(expected);
  }, 120_000);
});
