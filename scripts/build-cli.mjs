// Bundles the CLI so that it starts fast: nothing is compiled at run time, and code only one command
// needs (elkjs, for `import`) sits in a file of its own, loaded when that command runs.
//
// The CLI is one CommonJS script, not an ES module: cli/bin.mjs compiles it with node:vm, which can
// keep V8's compiled code of a run in a cache and start the next run from it (Node 20 has no such
// cache for ES modules).
import { build } from 'esbuild';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { INPUTS_FILE } from '../cli/bundle-staleness.mjs';
import { NODE_BUNDLE, root } from './bundle-ts.mjs';

export const CLI_BUNDLE = join(root, 'dist', 'cli', 'lambda-designer.cjs');
const ELK = 'elkjs/lib/elk.bundled.js';
const ELK_CHUNK = './chunks/elk.cjs';

/** elkjs (3.4 MB) stays out of the CLI script: required, from its own file, when auto-layout first runs. */
const elkApart = {
  name: 'elk-apart',
  setup(b) {
    b.onResolve({ filter: /^elkjs\/lib\/elk\.bundled\.js$/ }, () => ({ path: ELK_CHUNK, external: true }));
  },
};

export async function buildCli() {
  const outdir = join(root, 'dist', 'cli');
  rmSync(outdir, { recursive: true, force: true });
  const commonJs = { ...NODE_BUNDLE, format: 'cjs', banner: {}, minifyWhitespace: true };
  const [cli] = await Promise.all([
    build({ ...commonJs, entryPoints: [join(root, 'cli', 'main.ts')], outfile: CLI_BUNDLE, plugins: [elkApart], metafile: true, absWorkingDir: root }),
    build({ ...commonJs, entryPoints: [createRequire(import.meta.url).resolve(ELK)], outfile: join(outdir, ELK_CHUNK) }),
  ]);
  // The project's files the bundle was made from, for the launcher's check that it is up to date (see bundle-staleness.mjs).
  const inputs = Object.keys(cli.metafile.inputs).filter((input) => !input.split('/').includes('node_modules'));
  writeFileSync(join(outdir, INPUTS_FILE), `${JSON.stringify(inputs)}\n`);
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
