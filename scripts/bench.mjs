// `npm run bench`: bundles the benchmarks (so nothing compiles while timing) and runs them headless;
// prints a table and writes bench/results.json.
//   npm run bench -- --only browser,cfn-lint   some parts only (engine, browser, cfn-lint); results.json is left alone
//   BENCH_CPU_PROFILE=<folder> npm run bench   also saves the page's CPU profiles (open, pan, zoom, drag)
import { spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { importBundled, root } from './bundle-ts.mjs';

function newest(dir) {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) time = Math.max(time, newest(path));
    else if (!/\.test\.tsx?$/.test(entry.name)) time = Math.max(time, statSync(path).mtimeMs);
  }
  return time;
}

/** The Chromium benchmarks measure the production build: rebuilt when missing or older than its sources. */
function ensureRendererBuild() {
  let built = 0;
  try {
    built = statSync(join(root, 'dist', 'renderer', 'index.html')).mtimeMs;
  } catch {
    // not built yet
  }
  if (built > Math.max(newest(join(root, 'renderer')), newest(join(root, 'shared')))) return;
  console.log('Building the renderer (npm run build:renderer) for the Chromium benchmarks…');
  const result = spawnSync('npm', ['run', '--silent', 'build:renderer'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) throw new Error(`npm run build:renderer failed:\n${result.stdout}${result.stderr}`);
}

const only = process.argv.indexOf('--only');
const parts = only > 0 ? process.argv[only + 1]?.split(',') : undefined;
if (!parts || parts.includes('browser')) ensureRendererBuild();

const { runBenchmarks, BENCH_PARTS } = await importBundled('bench/run.ts', join(root, 'dist', 'bench', 'run.mjs'), {
  // Playwright loads its own files at run time: it stays in node_modules.
  external: ['playwright-core', '@playwright/test'],
});
const unknown = parts?.filter((p) => !BENCH_PARTS.includes(p)) ?? [];
if (unknown.length > 0) throw new Error(`unknown part ${unknown.join(', ')}: the parts are ${BENCH_PARTS.join(', ')}`);
await runBenchmarks({ root, outputPath: join(root, 'bench', 'results.json'), parts });
