// Bundles the CLI into one ES module so that it starts fast: nothing is compiled at run time.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

export async function buildCli() {
  await build({
    entryPoints: [join(root, 'cli', 'main.ts')],
    outfile: join(root, 'dist', 'cli', 'lambda-designer.mjs'),
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    logLevel: 'warning',
    legalComments: 'none',
    // Bundled CommonJS dependencies (yaml) call require() for Node built-ins, which an ES module lacks.
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildCli();
