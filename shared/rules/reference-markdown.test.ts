import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from './registry';
import { rulesReferenceMarkdown } from './reference-markdown';

describe('rules reference', () => {
  const markdown = rulesReferenceMarkdown(RULES);

  it('lists every rule once, with its limit and documentation', () => {
    for (const rule of RULES) {
      const rows = markdown.split('\n').filter((line) => line.startsWith(`| ${rule.id} |`));
      expect(rows, rule.id).toHaveLength(1);
      expect(rows[0]).toContain(rule.docsUrl);
    }
  });

  it('docs/rules.md is the one generated from the rules (run `npm run test:update` after changing a rule)', () => {
    const committed = readFileSync(join(import.meta.dirname, '..', '..', 'docs', 'rules.md'), 'utf8');
    expect(committed).toBe(markdown);
  });
});
