import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type Measurement, summarise } from './measure';
import { templateOf } from './templates';

const SIZES = [100, 1000, 5000];
const VALIDATE_RUNS = 5;
const CFN_LINT_RUNS = 2;

export interface CfnLintComparison {
  resources: number;
  cfnLint: Measurement & { exitCode: number | null };
  validate: Measurement & { exitCode: number | null };
  /** cfn-lint's median time over `lambda-designer validate`'s. */
  ratio: number;
}

export interface CfnLintResults {
  skipped?: string;
  cfnLintVersion?: string;
  comparisons: CfnLintComparison[];
}

interface Run {
  command: string;
  args: string[];
  cwd: string;
  /** Exit codes that report findings rather than a failure to check. */
  ok: (exitCode: number) => boolean;
}

/** Wall-clock time of whole processes, start-up included. */
function timeProcess(name: string, size: number, run: Run, runs: number, warmups: number): Measurement & { exitCode: number | null } {
  const { command, args, cwd } = run;
  let exitCode: number | null = null;
  const times: number[] = [];
  for (let i = 0; i < warmups + runs; i++) {
    const start = performance.now();
    const result = spawnSync(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    const elapsed = performance.now() - start;
    if (result.error) throw result.error;
    if (result.status === null || !run.ok(result.status)) {
      throw new Error(`${command} ${args.join(' ')} failed (${result.status ?? result.signal}): ${result.stderr.toString().slice(0, 500)}`);
    }
    exitCode = result.status;
    if (i >= warmups) times.push(elapsed);
  }
  return { ...summarise(name, size, times), exitCode };
}

function cfnLintVersion(): string | null {
  const result = spawnSync('cfn-lint', ['--version'], { stdio: ['ignore', 'pipe', 'pipe'] });
  return result.error || result.status !== 0 ? null : result.stdout.toString().trim();
}

/** `cfn-lint <file>` and `lambda-designer validate <file> --format json` on the same exported SAM templates. */
export function runCfnLintComparison(root: string): CfnLintResults {
  const version = cfnLintVersion();
  if (!version) return { skipped: 'cfn-lint is not on PATH (pip install cfn-lint)', comparisons: [] };
  const folder = mkdtempSync(join(tmpdir(), 'lambda-designer-bench-'));
  try {
    const comparisons = SIZES.map((size): CfnLintComparison => {
      const template = templateOf(size);
      const file = join(folder, `generated-${template.resources}.yaml`);
      writeFileSync(file, template.text);
      // One warm-up run: the launcher rebuilds a stale CLI bundle on its first start.
      const validate = timeProcess('lambda-designer validate (process)', template.resources, {
        command: process.execPath, args: [join(root, 'cli', 'bin.mjs'), 'validate', file, '--format', 'json'], cwd: root,
        ok: (code) => code === 0 || code === 1, // 1: the design has errors; 2: it could not be read
      }, VALIDATE_RUNS, 1);
      const cfnLint = timeProcess('cfn-lint (process)', template.resources, {
        command: 'cfn-lint', args: [file], cwd: folder,
        ok: (code) => code !== 1, // a sum of 2 (errors), 4 (warnings), 8 (notes); 1: it could not run
      }, CFN_LINT_RUNS, 0);
      return { resources: template.resources, cfnLint, validate, ratio: Math.round((cfnLint.medianMs / validate.medianMs) * 10) / 10 };
    });
    return { cfnLintVersion: version, comparisons };
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}
