// Bundles the Electron main process and the preload to JavaScript (dist/electron/*.cjs).
// A sandboxed preload may require only `electron` (and a few polyfilled modules), so it is one file
// with every dependency inside; the main process keeps `electron` and Node's modules external.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, format: 'cjs', external: ['electron'], logLevel: 'warning', legalComments: 'none', sourcemap: 'linked' };

/** @param {string} outfile */
export function mainOptions(outfile = join(root, 'dist', 'electron', 'main.cjs')) {
  // Electron 45 runs Node 22.
  return { ...common, platform: 'node', target: 'node22', entryPoints: [join(root, 'electron', 'main', 'index.ts')], outfile };
}

/** @param {string} outfile */
export function preloadOptions(outfile = join(root, 'dist', 'electron', 'preload.cjs')) {
  return {
    ...common,
    // The preload runs in the page's renderer (Chromium 140), not in Node. It carries the contract's
    // zod schemas; minified, the page parses less on every load.
    platform: 'browser',
    target: 'chrome140',
    minify: true,
    entryPoints: [join(root, 'electron', 'preload', 'index.ts')],
    outfile,
  };
}

export async function buildElectron() {
  await build(mainOptions());
  await build(preloadOptions());
}

if (import.meta.url === `file://${process.argv[1]}`) await buildElectron();
