// `npm test`: type check, lint, unit tests, build, then end-to-end tests in Debian's Chromium (and
// Electron where its runtime exists). Stops at the first failing step; ends with one line of totals.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
// Outside Playwright's outputDir, which Playwright empties when it starts.
const reports = join(root, 'test', 'artifacts', 'reports');
rmSync(reports, { recursive: true, force: true });
mkdirSync(reports, { recursive: true });

const needsDisplay = !process.env.DISPLAY && process.platform === 'linux' && existsSync('/usr/bin/xvfb-run');
const e2eCommand = needsDisplay ? ['xvfb-run', '--auto-servernum', 'npx', 'playwright', 'test'] : ['npx', 'playwright', 'test'];

const steps = [
  { name: 'type check', command: ['npx', 'tsc', '--noEmit', '-p', '.'] },
  { name: 'lint', command: ['npx', 'eslint', '.', '--max-warnings=0'] },
  { name: 'unit tests', command: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${join(reports, 'vitest.json')}`] },
  ...(existsSync(join(root, 'scripts', 'electronegativity.mjs')) ? [{ name: 'Electron security (electronegativity)', command: ['node', 'scripts/electronegativity.mjs'] }] : []),
  { name: 'build (renderer)', command: ['npm', 'run', '--silent', 'build:renderer'] },
  ...(existsSync(join(root, 'scripts', 'build-electron.mjs')) ? [{ name: 'build (Electron main and preload)', command: ['npm', 'run', '--silent', 'build:electron'] }] : []),
  { name: 'end-to-end tests', command: e2eCommand, env: { PLAYWRIGHT_JSON_OUTPUT_NAME: join(reports, 'playwright.json') }, reporter: true },
];

function totals() {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const vitest = join(reports, 'vitest.json');
  if (existsSync(vitest)) {
    const r = JSON.parse(readFileSync(vitest, 'utf8'));
    passed += r.numPassedTests;
    failed += r.numFailedTests;
    skipped += r.numPendingTests + r.numTodoTests;
  }
  const playwright = join(reports, 'playwright.json');
  if (existsSync(playwright)) {
    const s = JSON.parse(readFileSync(playwright, 'utf8')).stats ?? {};
    passed += s.expected ?? 0;
    failed += (s.unexpected ?? 0) + (s.flaky ?? 0);
    skipped += s.skipped ?? 0;
  }
  return { passed, failed, skipped };
}

const electron = (await import('./electron-binary.mjs')).findElectronBinary();
console.log('path' in electron ? `Electron runtime: ${electron.path}` : `Electron runtime absent (${electron.missing}): the Electron window tests will be skipped.`);

let failedStep = null;
for (const step of steps) {
  console.log(`\n▶ ${step.name}: ${step.command.join(' ')}`);
  const started = Date.now();
  const command = step.reporter ? [...step.command, '--reporter=list,json'] : step.command;
  const result = spawnSync(command[0], command.slice(1), { cwd: root, stdio: 'inherit', env: { ...process.env, ...step.env } });
  console.log(`${result.status === 0 ? '✔' : '✘'} ${step.name} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  if (result.status !== 0) {
    failedStep = step.name;
    break;
  }
}

const { passed, failed, skipped } = totals();
if (failedStep) console.log(`\nnpm test failed at: ${failedStep}`);
console.log(`\n${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failedStep ? 1 : 0);
