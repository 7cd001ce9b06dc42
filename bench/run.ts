import { writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { type BrowserResults, runBrowserBenchmarks } from './browser';
import { type CfnLintResults, runCfnLintComparison } from './cfn-lint';
import { type EngineResults, runEngineBenchmarks } from './engine';
import { browserTable, cfnLintTable, engineTable, targetsTable } from './report';
import { evaluateTargets } from './targets';

export type BenchPart = 'engine' | 'browser' | 'cfn-lint';
export const BENCH_PARTS: readonly BenchPart[] = ['engine', 'browser', 'cfn-lint'];

export interface BenchOptions {
  root: string;
  /** Where the results go; only a run of every part writes them. */
  outputPath: string;
  parts?: readonly BenchPart[];
}

function machine() {
  return { node: process.version, platform: process.platform, arch: process.arch, cpu: cpus()[0]?.model ?? 'unknown', cpus: cpus().length, memoryGb: Math.round(totalmem() / 1024 ** 3) };
}

/**
 * The engine on generated designs, the app in headless Chromium, and `lambda-designer validate`
 * beside cfn-lint; prints each table and the targets of issue 9, and writes bench/results.json.
 */
export async function runBenchmarks(options: BenchOptions): Promise<void> {
  const parts = options.parts ?? BENCH_PARTS;
  const engine: EngineResults = parts.includes('engine') ? await runEngineBenchmarks() : { results: [], memory: [] };
  if (parts.includes('engine')) console.log(`${engineTable(engine)}\n`);
  const browser: BrowserResults = parts.includes('browser') ? await runBrowserBenchmarks(options.root) : { skipped: 'not run (--only)', nodes: 0, viewport: { width: 0, height: 0 } };
  if (parts.includes('browser')) console.log(`${browserTable(browser)}\n`);
  const cfnLint: CfnLintResults = parts.includes('cfn-lint') ? runCfnLintComparison(options.root) : { skipped: 'not run (--only)', comparisons: [] };
  if (parts.includes('cfn-lint')) console.log(`${cfnLintTable(cfnLint)}\n`);
  const targets = evaluateTargets(engine.results, browser, cfnLint);
  console.log(`Targets (issue 9, 1,000-node design):\n${targetsTable(targets)}`);
  if (parts.length < BENCH_PARTS.length) {
    console.log(`\nPart of the benchmarks only (${parts.join(', ')}): ${options.outputPath} is left as it was.`);
    return;
  }
  const results = { machine: machine(), results: engine.results, memory: engine.memory, browser, cfnLint, targets };
  writeFileSync(options.outputPath, `${JSON.stringify(results, null, 2)}\n`);
}
