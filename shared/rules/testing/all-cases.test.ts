import { describe, expect, it } from 'vitest';
import { RULES } from '../registry';
import { ALL_RULE_CASES } from './all-cases';

describe('rule cases', () => {
  it('give every registered rule a breaking design and a passing twin', () => {
    const covered = new Set(ALL_RULE_CASES.map((c) => c.rule.id));
    expect(RULES.filter((r) => !covered.has(r.id)).map((r) => r.id)).toEqual([]);
  });

  it('only use registered rules', () => {
    const registered = new Set(RULES.map((r) => r.id));
    expect(ALL_RULE_CASES.filter((c) => !registered.has(c.rule.id)).map((c) => c.rule.id)).toEqual([]);
  });
});
