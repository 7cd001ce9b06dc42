import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { loadDesign } from '../model/load-design';
import { exportTemplate } from './export-template';
import { arbitraryDesign, everyConnectionDesign } from './sample-designs.test-support';

/**
 * Every export must pass cfn-lint (with the SAM translator). All templates are written to one
 * folder and linted in a single cfn-lint run, which starts in about 1.5 s.
 */
const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const GENERATED = 40;
const SEED = 424242;

interface Finding {
  Filename: string;
  Level: string;
  Message: string;
  Rule: { Id: string };
  Location: { Path: (string | number)[] | null };
}

const lintAvailable = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' }).status === 0;
if (!lintAvailable) console.log('cfn-lint tests skipped: cfn-lint is not installed (pip install cfn-lint).');

function starterDesigns(): [string, Design][] {
  const dir = join(root, 'templates');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.lambda.json'))
    .sort()
    .map((file) => {
      const loaded = loadDesign(readFileSync(join(dir, file), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load: ${JSON.stringify(loaded.problems)}`);
      return [file.replace('.lambda.json', ''), loaded.design];
    });
}

describe.skipIf(!lintAvailable)('cfn-lint', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lambda-designer-lint-'));
  const groups: Record<'starter' | 'every' | 'generated', string[]> = { starter: [], every: [], generated: [] };
  const findings = new Map<string, Finding[]>();

  function write(group: keyof typeof groups, name: string, design: Design): void {
    for (const target of ['sam', 'cfn'] as const) {
      const file = `${name}.${target}.yaml`;
      writeFileSync(join(folder, file), exportTemplate(design, { target }));
      groups[group].push(file);
    }
  }

  beforeAll(() => {
    for (const [name, design] of starterDesigns()) write('starter', name, design);
    write('every', 'every-connection', everyConnectionDesign());
    fc.sample(arbitraryDesign, { numRuns: GENERATED, seed: SEED }).forEach((design, i) => write('generated', `generated-${i}`, design));
    const files = Object.values(groups).flat();
    const run = spawnSync('cfn-lint', ['--format', 'json', ...files], { cwd: folder, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (!run.stdout.trim().startsWith('[')) throw new Error(`cfn-lint gave no report (exit ${run.status}): ${run.stderr.slice(0, 2000)}`);
    const parsed = JSON.parse(run.stdout) as Finding[];
    for (const finding of parsed) {
      const file = finding.Filename.split(/[\\/]/).pop() as string;
      findings.set(file, [...(findings.get(file) ?? []), finding]);
    }
    const errors = parsed.filter((f) => f.Level === 'Error').length;
    console.log(`cfn-lint: ${files.length} templates, ${errors} errors, ${parsed.filter((f) => f.Level === 'Warning').length} warnings`);
  }, 120_000);

  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  const errorsIn = (group: keyof typeof groups) =>
    groups[group].flatMap((file) => (findings.get(file) ?? []).filter((f) => f.Level === 'Error').map((f) => `${file}: ${f.Rule.Id} ${f.Message} at ${(f.Location.Path ?? []).join('/')}`));

  it('passes every starter design, as SAM and as CloudFormation', () => {
    expect(groups.starter.length).toBeGreaterThanOrEqual(24);
    expect(errorsIn('starter')).toEqual([]);
  });

  it('passes the design with every kind and every connection', () => {
    expect(errorsIn('every')).toEqual([]);
  });

  it(`passes ${GENERATED} generated designs (fast-check seed ${SEED})`, () => {
    expect(groups.generated).toHaveLength(GENERATED * 2);
    expect(errorsIn('generated')).toEqual([]);
  });
});
