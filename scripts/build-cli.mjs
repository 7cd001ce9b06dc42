// Bundles the CLI into ES modules so that it starts fast: nothing is compiled at run time, and code
// only one command needs (elkjs, for `import`) sits in a chunk loaded when that command runs.
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { NODE_BUNDLE, root } from './bundle-ts.mjs';

export async function buildCli() {
  const outdir = join(root, 'dist', 'cli');
  rmSync(join(outdir, 'chunks'), { recursive: true, force: true });
  await build({
    ...NODE_BUNDLE,
    entryPoints: { 'lambda-designer': join(root, 'cli', 'main.ts') },
    outdir,
    outExtension: { '.js': '.mjs' },
    splitting: true,
    chunkNames: 'chunks/[name]-[hash]',
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
