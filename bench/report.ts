import type { BrowserResults } from './browser';
import type { CfnLintResults } from './cfn-lint';
import type { EngineResults } from './engine';
import type { Measurement } from './measure';
import type { Target } from './targets';

function row(m: Measurement, width = 46): string {
  return `${m.name.padEnd(width)} ${String(m.size).padStart(5)}  median ${m.medianMs.toFixed(2).padStart(8)} ms  (min ${m.minMs.toFixed(2)}, p95 ${m.p95Ms.toFixed(2)}, max ${m.maxMs.toFixed(2)}, ${m.runs} runs)`;
}

export function engineTable(engine: EngineResults): string {
  return [
    ...engine.results.map((m) => row(m)),
    ...engine.memory.map((m) => `heap held by a loaded and validated design of ${m.size} nodes: ${m.heapMbAfterLoadAndValidate} MB`),
  ].join('\n');
}

export function browserTable(browser: BrowserResults): string {
  if (browser.skipped) return `Chromium: skipped, ${browser.skipped}`;
  const lines = [`Chromium ${browser.chromium}, headless, ${browser.viewport.width}×${browser.viewport.height}, production build, generated design of ${browser.nodes} nodes`];
  for (const m of [browser.navigationToReady, browser.navigationToDesignPaint, browser.fileToDesignPaint]) if (m) lines.push(row(m));
  for (const f of browser.frames ?? []) lines.push(`${row(f).replace(/ runs\)$/, ' frames)')}, ${f.events} events`);
  if (browser.heapMb) lines.push(`JS heap with the design open, after GC: ${browser.heapMb.usedAfterGc} MB used of ${browser.heapMb.totalAfterGc} MB (performance.memory: ${browser.heapMb.performanceMemoryUsed} MB)`);
  return lines.join('\n');
}

export function cfnLintTable(cfnLint: CfnLintResults): string {
  if (cfnLint.skipped) return `cfn-lint: skipped, ${cfnLint.skipped}`;
  const lines = [`${cfnLint.cfnLintVersion} vs lambda-designer validate, whole processes on the same exported SAM templates`];
  for (const c of cfnLint.comparisons) {
    lines.push(row(c.validate), row(c.cfnLint), `${'ratio cfn-lint / validate'.padEnd(46)} ${String(c.resources).padStart(5)}  ${c.ratio}×`);
  }
  return lines.join('\n');
}

export function targetsTable(targets: Target[]): string {
  const mark = (holds: boolean | null) => (holds === null ? 'n/a ' : holds ? 'HOLDS' : 'MISSED');
  return targets.map((t) => `${mark(t.holds).padEnd(6)} ${t.target.padEnd(78)} ${t.measured}`).join('\n');
}
