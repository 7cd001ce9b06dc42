// `node scripts/electronegativity.mjs`: Doyensec's Electronegativity on the Electron code (electron/,
// tests left out), the preload as it is built and the page it loads, offline. Writes the findings as JSON to
// test/artifacts/reports/electronegativity.json, prints one line of counts by severity, and exits 1
// on any HIGH finding or any file it could not parse (the tool itself always exits 0).
import { build } from 'esbuild';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire, Module } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { preloadOptions } from './build-electron.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const reportPath = join(root, 'test', 'artifacts', 'reports', 'electronegativity.json');
const SEVERITIES = ['HIGH', 'MEDIUM', 'LOW', 'INFORMATIONAL'];
// Needs the network (it asks GitHub for Electron's release notes); Electron's version is pinned in package.json and updated on purpose.
const EXCLUDED_CHECKS = ['AvailableSecurityFixesGlobalCheck'];

const require = createRequire(import.meta.url);
const toolDir = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const fromTool = createRequire(join(toolDir, 'package.json'));

/** The tool fetches translations from S3 before every scan; this uses its bundled English ones instead. */
function useBundledTranslations() {
  const i18n = fromTool('i18n');
  const file = join(toolDir, 'dist', 'locales', 'i18n.js');
  const offline = new Module(file);
  offline.filename = file;
  offline.loaded = true;
  offline.exports = async function offlineTranslations() {
    i18n.configure({ locales: ['en-US'], defaultLocale: 'en-US', directory: dirname(file), updateFiles: false, objectNotation: true, retryInDefaultLocale: true, register: globalThis });
    i18n.setLocale('en-US');
  };
  require.cache[file] = offline;
}

/**
 * What is scanned: electron/ without tests and test doubles, the bundled preload (the tool reads .js,
 * not .cjs), and the page the window loads (its CSP meta tag; the same policy is sent as a header).
 */
async function stage(folder) {
  cpSync(join(root, 'electron'), join(folder, 'electron'), {
    recursive: true,
    filter: (source) => !/\.test\.tsx?$/.test(source) && !source.split(/[\\/]/).includes('testing'),
  });
  await build({ ...preloadOptions(join(folder, 'dist', 'electron', 'preload.js')), sourcemap: false, logLevel: 'error' });
  cpSync(join(root, 'renderer', 'index.html'), join(folder, 'renderer', 'index.html'));
}

function electronVersion() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return (pkg.dependencies?.electron ?? pkg.devDependencies?.electron ?? '').replace(/^[^\d]*/, '');
}

const folder = mkdtempSync(join(tmpdir(), 'electronegativity-'));
try {
  await stage(folder);
  useBundledTranslations();
  const run = fromTool('./dist/runner.js');
  const result = await run({
    input: folder,
    isSarif: false,
    customScan: [],
    excludeFromScan: EXCLUDED_CHECKS.map((c) => c.toLowerCase()),
    isRelative: true,
    isVerbose: false,
    electronVersionOverride: electronVersion(),
    parserPlugins: [],
  }, false);

  const findings = result.issues.map((issue) => ({
    id: issue.id,
    severity: issue.severity.name,
    confidence: issue.confidence.name,
    file: issue.file,
    line: issue.location.line,
    column: issue.location.column,
    manualReview: Boolean(issue.manualReview),
    description: issue.description,
    url: issue.shortenedURL,
  }));
  const unparsed = result.errors.filter((e) => !e.tolerable).map((e) => ({ file: relative(folder, e.file), message: e.message }));
  mkdirSync(dirname(reportPath), { recursive: true });
  writeFileSync(reportPath, `${JSON.stringify({ electronVersion: electronVersion(), checks: result.globalChecks + result.atomicChecks, excludedChecks: EXCLUDED_CHECKS, findings, unparsed }, null, 2)}\n`);

  const report = JSON.parse(readFileSync(reportPath, 'utf8'));
  const counts = Object.fromEntries(SEVERITIES.map((s) => [s, report.findings.filter((f) => f.severity === s).length]));
  for (const f of report.findings.filter((f) => f.severity === 'HIGH')) console.log(`HIGH ${f.id} ${f.file}:${f.line}:${f.column} ${f.description}`);
  for (const u of report.unparsed) console.log(`not scanned (parse error): ${u.file}: ${u.message}`);
  console.log(`Electronegativity: ${SEVERITIES.map((s) => `${counts[s]} ${s.toLowerCase()}`).join(', ')}${report.unparsed.length ? `, ${report.unparsed.length} files not parsed` : ''} (${report.checks} checks; ${relative(root, reportPath)})`);
  process.exitCode = counts.HIGH > 0 || report.unparsed.length > 0 ? 1 : 0;
} finally {
  rmSync(folder, { recursive: true, force: true });
}
