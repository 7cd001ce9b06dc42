// Bundles the CLI into one ES module so that it starts fast: nothing is compiled at run time.
import { build } from 'esbuild';
import { join } from 'node:path';
import { NODE_BUNDLE, root } from './bundle-ts.mjs';

export async function buildCli() {
  await build({ ...NODE_BUNDLE, entryPoints: [join(root, 'cli', 'main.ts')], outfile: join(root, 'dist', 'cli', 'lambda-designer.mjs') });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
