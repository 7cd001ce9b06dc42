// `npm run bench`: bundles the benchmarks (so nothing compiles while timing) and runs them headless;
// prints a table and writes bench/results.json.
import { join } from 'node:path';
import { importBundled, root } from './bundle-ts.mjs';

const { runBenchmarks } = await importBundled('bench/run.ts', join(root, 'dist', 'bench', 'run.mjs'));
await runBenchmarks(join(root, "bench", "results.json"));
