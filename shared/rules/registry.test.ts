import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';

const here = import.meta.dirname;
const areas = readdirSync(here, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'lib' && d.name !== 'testing').map((d) => d.name);

describe('rule registry', () => {
  it('has unique ids of an area prefix and three digits', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[A-Z]{3}\d{3}$/);
    expect(ids).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });

  it('registers every rule file of every area', () => {
    const registered = new Set(RULES.map((r) => r.id));
    for (const area of areas) {
      for (const file of readdirSync(join(here, area)).filter((f) => f.endsWith('.ts') && !f.includes('.test.') && !f.includes('.cases.') && f !== 'index.ts')) {
        const id = /id: '([A-Z]{3}\d{3})'/.exec(readFileSync(join(here, area, file), 'utf8'))?.[1];
        if (id) expect(registered.has(id), `${area}/${file} (${id}) is in its area's index.ts`).toBe(true);
      }
    }
  });

  it('gives every rule its metadata', () => {
    for (const rule of RULES) {
      expect(rule.title.length, rule.id).toBeGreaterThan(5);
      expect(rule.why.length, rule.id).toBeGreaterThan(20);
      expect(rule.limit.length, rule.id).toBeGreaterThan(5);
      expect(rule.docsUrl, rule.id).toMatch(/^https:\/\/docs\.aws\.amazon\.com\//);
      expect(rule.seed, rule.id).toMatch(/^\d{3}_[0-9a-f]{16}\.txt$/);
    }
  });
});
