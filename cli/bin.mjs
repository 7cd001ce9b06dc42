#!/usr/bin/env node
// Launcher for the `lambda-designer` CLI. Runs the bundled CLI, rebuilding the bundle first when
// the sources are newer, so `npx lambda-designer` works straight after `npm ci` and after edits.
//
// The bundle is compiled with node:vm so that V8's code for it can be cached: after a run of a
// command finds no cache, the code compiled during that run (the bundle's and every function the
// command called) is written to node_modules/.cache (or LAMBDA_DESIGNER_CLI_CACHE), and the next run
// of that command starts from it instead of parsing and compiling 1.6 MB of JavaScript again. A cache
// V8 refuses (another Node, other flags) is written anew; one that cannot be read or written is done without.
import { isAscii } from 'node:buffer';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Script } from 'node:vm';
import { bundleIsStale } from './bundle-staleness.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const bundle = join(root, 'dist', 'cli', 'lambda-designer.cjs');
const cacheDir = process.env.LAMBDA_DESIGNER_CLI_CACHE || join(root, 'node_modules', '.cache', 'lambda-designer-cli');

if (bundleIsStale(root, bundle)) {
  const { buildCli } = await import('../scripts/build-cli.mjs');
  await buildCli();
}

const argv = process.argv.slice(2);
const bytes = readFileSync(bundle);
// The bundle is ASCII (esbuild escapes the rest): read as such, it is read several times faster than as UTF-8.
const source = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
// One cache per command (each compiles other functions) and per build of the bundle: V8 checks only the
// length of the source a cache was made from, so the bundle's size and time of writing name the file.
const built = statSync(bundle);
const command = /^[a-z]+$/.test(argv[0] ?? '') ? argv[0] : 'other';
const cacheName = `${command}-${process.version}-${process.arch}-${built.size}-${Math.round(built.mtimeMs)}.bin`;
let cached;
try {
  cached = readFileSync(join(cacheDir, cacheName));
} catch {
  cached = undefined;
}
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData: cached });
const module = { exports: {} };
script.runInThisContext()(module.exports, createRequire(bundle), module, bundle, dirname(bundle));
process.exitCode = await module.exports.main(argv);

if (cached === undefined || script.cachedDataRejected) {
  try {
    mkdirSync(cacheDir, { recursive: true });
    // Written whole, then renamed: a run at the same time never reads half a cache.
    const partial = join(cacheDir, `${cacheName}.${process.pid}.tmp`);
    writeFileSync(partial, script.createCachedData());
    renameSync(partial, join(cacheDir, cacheName));
    for (const old of readdirSync(cacheDir)) if (old.startsWith(`${command}-`) && old !== cacheName && !old.endsWith('.tmp')) rmSync(join(cacheDir, old), { force: true });
  } catch {
    // No cache: the next run compiles the bundle again.
  }
}
