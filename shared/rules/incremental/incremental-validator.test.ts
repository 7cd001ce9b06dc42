import { existsSync, readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { arbitraryDesign, everyConnectionDesign } from '../../export/sample-designs.test-support';
import { importTemplate } from '../../import/import-template';
import type { Design } from '../../model/design';
import { applyConfigChanges } from '../../model/edits/apply-changes';
import { generateDesign } from '../../model/generate-design';
import { loadDesign } from '../../model/load-design';
import { type EditKind, pooledEdit, seededRandom, SettingPool } from '../../model/testing/pooled-edits';
import { randomEdit } from '../../model/testing/random-edits';
import { validateDesign } from '../engine';
import { RULES } from '../registry';
import { ALL_RULE_CASES } from '../testing/all-cases';
import { drawCase } from '../testing/rule-cases';
import { createIncrementalValidator } from './incremental-validator';

const TODAY = '2026-11-23';
const corpus = new URL('../../../../shared/corpus/', import.meta.url);
const corpusAvailable = existsSync(corpus);
if (!corpusAvailable) console.log(`incremental validation over corpus templates skipped: no corpus at ${corpus.pathname}`);
const templates = new URL('../../../templates/', import.meta.url);
const starters = readdirSync(templates).filter((f) => f.endsWith('.lambda.json')).map((file) => {
  const loaded = loadDesign(readFileSync(new URL(file, templates), 'utf8'));
  if (!loaded.ok) throw new Error(`${file} does not load`);
  return loaded.design;
});
const caseDesigns = ALL_RULE_CASES.flatMap((c) => [drawCase(c, true), drawCase(c, false)]);
const pool = new SettingPool([...caseDesigns, ...starters, generateDesign(300, 3)]);

const SETTINGS_ONLY: EditKind[] = ['setting', 'edge-setting', 'rename', 'notes', 'move', 'design-setting', 'suppress'];
const ANY_EDIT: EditKind[] = [...SETTINGS_ONLY, 'setting', 'setting', 'connect', 'remove-edge', 'remove-node'];

/** Follows `steps` random edits of the design, asserting after each that the incremental result is the full one. */
function follow(start: Design, seed: number, steps: number, kinds: EditKind[]): { ruleRuns: number; fullRuns: number } {
  const validator = createIncrementalValidator();
  const random = seededRandom(seed);
  let design = start;
  let ruleRuns = 0;
  let fullRuns = 0;
  expect(validator.validate(design, { today: TODAY })).toEqual(validateDesign(design, { today: TODAY }));
  for (let step = 0; step < steps; step++) {
    const edit = pooledEdit(design, pool, random, kinds);
    design = edit.design;
    const incremental = validator.validate(design, { today: TODAY });
    ruleRuns += validator.lastRuleRuns;
    if (validator.lastRuleRuns === RULES.length) fullRuns++;
    expect(incremental, `step ${step}: ${edit.kind}`).toEqual(validateDesign(design, { today: TODAY }));
  }
  return { ruleRuns, fullRuns };
}

/** As follow, with the edits random-edits makes: new values from the settings' schemas, nodes of any kind. */
function followNewSettings(start: Design, seed: number, steps: number): void {
  const validator = createIncrementalValidator();
  const random = seededRandom(seed);
  let design = start;
  validator.validate(design, { today: TODAY });
  for (let step = 0; step < steps; step++) {
    design = randomEdit(design, random);
    expect(validator.validate(design, { today: TODAY }), `seed ${seed}, step ${step}`).toEqual(validateDesign(design, { today: TODAY }));
  }
}

describe('incremental validation gives what validating the whole design gives', () => {
  it('through random edits of every rule case, breaking and passing', () => {
    caseDesigns.forEach((design, i) => follow(design, i + 1, 6, ANY_EDIT));
  });

  it('through random edits of the starter designs', () => {
    starters.forEach((design, i) => follow(design, 100 + i, 25, ANY_EDIT));
  });

  it('through many setting edits of a generated design, running few rules again', () => {
    const { ruleRuns, fullRuns } = follow(generateDesign(150, 5), 7, 120, SETTINGS_ONLY);
    expect(fullRuns).toBe(0);
    expect(ruleRuns / 120).toBeLessThan(RULES.length / 4);
  });

  it('through random new settings and structural edits of generated designs, random valid designs and the design with every connection', () => {
    const designs = [generateDesign(70, 21), generateDesign(70, 22), everyConnectionDesign(), ...fc.sample(arbitraryDesign, { seed: 20261123, numRuns: 40 })];
    designs.forEach((start, i) => followNewSettings(start, 300 + i, 25));
  });

  it.skipIf(!corpusAvailable)('through random edits of corpus templates imported as designs', () => {
    const files = readdirSync(corpus).filter((f) => f.endsWith('.yaml')).sort();
    let followed = 0;
    // Every fifth template: validating an imported design exports it, which is slow.
    for (const file of files.filter((_, i) => i % 5 === 0)) {
      const imported = importTemplate(readFileSync(new URL(file, corpus), 'utf8'), file);
      if (!imported.ok) continue;
      followNewSettings(imported.design, followed, 4);
      follow(imported.design, followed, 4, ANY_EDIT);
      followed++;
    }
    expect(followed).toBeGreaterThan(30);
  });

  it('through structural edits of a generated design, rarely running every rule', () => {
    const { fullRuns } = follow(generateDesign(80, 9), 11, 80, ANY_EDIT);
    expect(fullRuns).toBeLessThan(8);
  });
});

describe('incremental validation runs again', () => {
  const design = generateDesign(60, 2);
  const fn = design.nodes.find((n) => n.kind === 'lambda-function');
  if (!fn) throw new Error('no function in the generated design');

  it('only the rules that read the edited setting', () => {
    const validator = createIncrementalValidator();
    validator.validate(design, { today: TODAY });
    expect(validator.lastRuleRuns).toBe(RULES.length);
    validator.validate(applyConfigChanges(design, [{ target: 'node', id: fn.id, path: ['memorySize'], value: 4000 }]), { today: TODAY });
    expect(validator.lastRuleRuns).toBeGreaterThan(0);
    expect(validator.lastRuleRuns).toBeLessThan(10);
  });

  it('the rules that list a kind when a node of it is added', () => {
    const validator = createIncrementalValidator();
    validator.validate(design, { today: TODAY });
    const queue = design.nodes.find((n) => n.kind === 'sqs-queue');
    if (!queue) throw new Error('no queue in the generated design');
    validator.validate({ ...design, nodes: [...design.nodes, { ...queue, id: 'another-queue', name: 'Another queue' }] }, { today: TODAY });
    expect(validator.lastRuleRuns).toBeGreaterThan(0);
    expect(validator.lastRuleRuns).toBeLessThan(RULES.length / 2);
  });

  it('no concurrency rule when a function they do not report is renamed (the budget names functions only when asked)', () => {
    const ran: string[] = [];
    const counted = RULES.map((rule) => ({ ...rule, check: (...args: Parameters<typeof rule.check>) => (ran.push(rule.id), rule.check(...args)) }));
    const validator = createIncrementalValidator(counted);
    const before = validator.validate(design, { today: TODAY });
    const quiet = design.nodes.find((n) => n.kind === 'lambda-function' && !before.findings.some((f) => f.ruleId.startsWith('CON') && f.nodeIds.includes(n.id)));
    if (!quiet) throw new Error('every function has a concurrency finding');
    ran.length = 0;
    const renamed = { ...design, nodes: design.nodes.map((n) => (n.id === quiet.id ? { ...n, name: 'Renamed function' } : n)) };
    expect(validator.validate(renamed, { today: TODAY })).toEqual(validateDesign(renamed, { today: TODAY }));
    expect(ran.length).toBeGreaterThan(0);
    expect(ran.filter((id) => id.startsWith('CON'))).toEqual([]);
  });

  it('every rule on another day', () => {
    const validator = createIncrementalValidator();
    validator.validate(design, { today: TODAY });
    validator.validate(design, { today: '2027-01-01' });
    expect(validator.lastRuleRuns).toBe(RULES.length);
  });

  it('nothing for the same design', () => {
    const validator = createIncrementalValidator();
    const first = validator.validate(design, { today: TODAY });
    expect(validator.validate(design, { today: TODAY })).toBe(first);
  });
});
