import { describe, expect, it } from 'vitest';
import type { Finding } from '../../shared/rules/define-rule';
import { badgesOf, bySeverity } from './findings';

const finding = (ruleId: string, severity: Finding['severity'], nodeIds: string[], edgeIds: string[] = []): Finding => ({ ruleId, severity, message: ruleId, nodeIds, edgeIds });

describe('finding badges', () => {
  it('count every finding on a node or edge and show the worst severity', () => {
    const badges = badgesOf([finding('A', 'info', ['q']), finding('B', 'error', ['q', 'f'], ['e']), finding('C', 'warning', ['f'])]);
    expect(badges.get('q')).toEqual({ severity: 'error', count: 2 });
    expect(badges.get('f')).toEqual({ severity: 'error', count: 2 });
    expect(badges.get('e')).toEqual({ severity: 'error', count: 1 });
    expect(badges.has('other')).toBe(false);
  });

  it('groups findings by severity in their order', () => {
    const groups = bySeverity([finding('A', 'info', ['q']), finding('B', 'error', ['q']), finding('C', 'info', ['f'])]);
    expect(groups.info.map((f) => f.ruleId)).toEqual(['A', 'C']);
    expect(groups.error.map((f) => f.ruleId)).toEqual(['B']);
    expect(groups.warning).toEqual([]);
  });
});
