// Runs the preload bundle as a sandboxed renderer would: `require` knows only `electron`, there is no
// Node. It must load, and expose window.designer and nothing else.
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preloadOptions } from '../../scripts/build-electron.mjs';

let dir: string;
let code: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'preload-'));
  const outfile = join(dir, 'preload.cjs');
  await build({ ...preloadOptions(outfile), sourcemap: false, logLevel: 'error' });
  code = readFileSync(outfile, 'utf8');
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runPreload() {
  const exposed: Record<string, unknown> = {};
  const invoked: unknown[][] = [];
  const required: string[] = [];
  const electron = {
    contextBridge: { exposeInMainWorld: (key: string, api: unknown) => void (exposed[key] = api) },
    ipcRenderer: {
      invoke: async (...args: unknown[]) => void invoked.push(args),
      on: () => undefined,
      removeListener: () => undefined,
    },
  };
  const module = { exports: {} };
  const sandboxRequire = (name: string) => {
    required.push(name);
    if (name !== 'electron') throw new Error(`a sandboxed preload cannot require ${name}`);
    return electron;
  };
  runInNewContext(code, { require: sandboxRequire, module, exports: module.exports, process: { platform: 'linux' } });
  return { exposed, invoked, required };
}

describe('preload bundle', () => {
  it('loads with nothing but electron, and exposes only window.designer', () => {
    const { exposed, required } = runPreload();
    expect(new Set(required)).toEqual(new Set(['electron']));
    expect(Object.keys(exposed)).toEqual(['designer']);
  });

  it('invokes the contract’s channels', async () => {
    const { exposed, invoked } = runPreload();
    const designer = exposed.designer as { host: string; design: { save: (r: unknown) => Promise<unknown> } };
    expect(designer.host).toBe('electron');
    await designer.design.save({ text: '{}' });
    expect(invoked).toEqual([['app:design.save', { text: '{}' }]]);
  });
});
