import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadDesign } from '../model/load-design';
import { validateDesign } from './engine';

const dir = new URL('../../templates/', import.meta.url);
const starters = readdirSync(dir).filter((f) => f.endsWith('.lambda.json'));

describe('starter designs', () => {
  it('exist', () => expect(starters.length).toBeGreaterThanOrEqual(10));

  // Judged on a fixed day, so a runtime reaching its deprecation date fails here on purpose, not at random.
  for (const file of starters) {
    it(`${file} has no error findings`, () => {
      const loaded = loadDesign(readFileSync(new URL(file, dir), 'utf8'));
      if (!loaded.ok) throw new Error(`${file} does not load`);
      const errors = validateDesign(loaded.design, { today: '2026-11-23' }).findings.filter((f) => f.severity === 'error');
      expect(errors.map((f) => `${f.ruleId} ${f.message}`)).toEqual([]);
    });
  }
});
