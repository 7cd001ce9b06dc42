import { describe, expect, it } from 'vitest';
import type { Design } from '../../model/design';
import { applyConfigChanges } from '../../model/edits/apply-changes';
import { parseDesignObject } from '../../model/load-design';
import type { Finding, RuleDefinition } from '../define-rule';
import { runRules } from '../engine';
import { DesignBuilder } from './design-builder';

/** The day rule tests judge runtime dates against. */
export const TEST_TODAY = '2026-01-15';

/**
 * One way to break a rule: `draw` makes the broken design when `broken` is true and a
 * near-identical passing one when it is false.
 */
export interface RuleCase {
  rule: RuleDefinition;
  name: string;
  draw: (b: DesignBuilder, broken: boolean) => void;
  today?: string;
  /** Further expectations on the findings of the broken design. */
  expectFindings?: (findings: Finding[], design: Design) => void;
}

export function ruleCase(rule: RuleDefinition, name: string, draw: RuleCase['draw'], more: Pick<RuleCase, 'today' | 'expectFindings'> = {}): RuleCase {
  return { rule, name, draw, ...more };
}

export function drawCase(c: RuleCase, broken: boolean): Design {
  const b = new DesignBuilder();
  c.draw(b, broken);
  return b.build();
}

export function findingsOf(c: RuleCase, design: Design): Finding[] {
  return runRules(design, [c.rule], c.today ?? TEST_TODAY);
}

const key = (f: Finding) => `${[...f.nodeIds].sort().join(' ')}|${[...f.edgeIds].sort().join(' ')}`;

/** What every finding owes the user: its rule, components that exist, their names in the message, a fix that works. */
function expectWellFormed(c: RuleCase, design: Design, findings: Finding[]): void {
  const nodes = new Map(design.nodes.map((n) => [n.id, n]));
  const edges = new Set(design.edges.map((e) => e.id));
  for (const finding of findings) {
    expect(finding.ruleId).toBe(c.rule.id);
    expect(finding.severity).toBe(c.rule.severity);
    expect(finding.nodeIds.length).toBeGreaterThan(0);
    for (const id of finding.nodeIds) expect(nodes.has(id), `node ${id}`).toBe(true);
    for (const id of finding.edgeIds) expect(edges.has(id), `edge ${id}`).toBe(true);
    const named = finding.nodeIds.some((id) => finding.message.includes(`“${nodes.get(id)?.name}”`));
    expect(named, `"${finding.message}" names a component`).toBe(true);
    if (!finding.fix) continue;
    expect(finding.fix.changes.length).toBeGreaterThan(0);
    const fixed = applyConfigChanges(design, finding.fix.changes);
    expect(fixed).not.toBe(design);
    const reloaded = parseDesignObject(structuredClone(fixed));
    expect(reloaded.ok).toBe(true);
    const after = findingsOf(c, fixed).map(key);
    expect(after, `after "${finding.fix.label}"`).not.toContain(key(finding));
  }
}

/** Two tests per case: the broken design gets well-formed findings, the near-identical one none. */
export function runRuleCases(cases: readonly RuleCase[]): void {
  for (const c of cases) {
    describe(`${c.rule.id} ${c.rule.title}`, () => {
      it(`reports ${c.name}`, () => {
        const design = drawCase(c, true);
        const findings = findingsOf(c, design);
        expect(findings.length, 'findings on the broken design').toBeGreaterThan(0);
        expectWellFormed(c, design, findings);
        c.expectFindings?.(findings, design);
      });
      it(`passes without ${c.name}`, () => {
        expect(findingsOf(c, drawCase(c, false))).toEqual([]);
      });
    });
  }
}
