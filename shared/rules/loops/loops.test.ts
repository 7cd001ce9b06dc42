import { describe, expect, it } from 'vitest';
import { runRules } from '../engine';
import { DesignBuilder } from '../testing/design-builder';
import { runRuleCases, TEST_TODAY } from '../testing/rule-cases';
import { invocationCycle } from './invocation-cycle';
import { LOOP_CASES } from './loops.cases';

runRuleCases(LOOP_CASES);

describe('invocation cycles', () => {
  it('finds separate cycles and ignores chains, in linear passes over a long chain', () => {
    const b = new DesignBuilder();
    for (let i = 0; i < 2000; i++) b.fn(`f${i}`);
    for (let i = 0; i < 1999; i++) b.edge(`f${i}`, `f${i + 1}`, 'invoke-async');
    b.edge('f1999', 'f1000', 'invoke-sync');
    b.edge('f10', 'f5', 'on-failure');
    const findings = runRules(b.build(), [invocationCycle], TEST_TODAY);
    expect(findings.map((f) => f.nodeIds.length).sort((x, y) => x - y)).toEqual([6, 1000]);
  });
});
