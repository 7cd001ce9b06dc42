// Bundles the Electron main process and the preload to JavaScript (dist/electron/*.cjs).
// A sandboxed preload may require only electron and a few built-ins, so it is bundled to one file.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node22', external: ['electron'], logLevel: 'warning', legalComments: 'none' };

export async function buildElectron() {
  await build({ ...common, entryPoints: [join(root, 'electron', 'main', 'index.ts')], outfile: join(root, 'dist', 'electron', 'main.cjs') });
  await build({ ...common, entryPoints: [join(root, 'electron', 'preload', 'index.ts')], outfile: join(root, 'dist', 'electron', 'preload.cjs') });
}

if (import.meta.url === `file://${process.argv[1]}`) await buildElectron();
