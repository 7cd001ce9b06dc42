// `npm run bench`: bundles the benchmarks (like the CLI, so nothing compiles while timing) and runs them
// headless; prints a table and writes bench/results.json.
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const outfile = join(root, 'dist', 'bench', 'run.mjs');
await build({
  entryPoints: [join(root, 'bench', 'run.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
});
const { runBenchmarks } = await import(pathToFileURL(outfile).href);
runBenchmarks(join(root, 'bench', 'results.json'));
