// Runs a TypeScript module from a script: bundled with esbuild into one ES module (as the CLI is),
// then imported. Bundled CommonJS dependencies (yaml) call require(), which ES modules lack.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** esbuild options for one ES module that runs in Node with every dependency inside. */
export const NODE_BUNDLE = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
};

/** `options` are more esbuild options, e.g. `external` for packages that must load from node_modules. */
export async function importBundled(entry, outfile, options = {}) {
  await build({ ...NODE_BUNDLE, ...options, entryPoints: [join(root, entry)], outfile });
  return import(pathToFileURL(outfile).href);
}
