import { isValidElement, type ReactNode } from 'react';
import { describe, expect, it, vi } from 'vitest';
import type * as FindingsModule from '../../state/findings';
import type { Finding, ValidationResult } from '../../state/findings';
import { FindingItem } from './FindingItem';
import { ProblemsPanel } from './ProblemsPanel';

const validation = vi.hoisted(() => ({ result: { findings: [], suppressed: [] } as ValidationResult }));
vi.mock('../../state/findings', async (importOriginal) => ({
  ...(await importOriginal<typeof FindingsModule>()),
  useFindings: () => validation.result,
}));

const finding = (ruleId: string, nodeIds: string[], message = ruleId, edgeIds: string[] = []): Finding => ({ ruleId, severity: 'warning', message, nodeIds, edgeIds });

/** The React keys of the panel's finding items, in order: what decides whether an item (and its open suppress form) is kept or remounted. */
function itemKeys(findings: Finding[]): Array<string | null> {
  validation.result = { findings, suppressed: [] };
  const keys: Array<string | null> = [];
  const visit = (node: ReactNode): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (isValidElement<{ children?: ReactNode }>(node)) {
      if (node.type === FindingItem) keys.push(node.key);
      else visit(node.props.children);
    }
  };
  // Called as a plain function: the panel's only hook is the mocked findings, and its items stay unrendered elements.
  visit(ProblemsPanel());
  return keys;
}

describe('ProblemsPanel item keys', () => {
  it('stay with their finding when a finding before it goes away', () => {
    const memory = finding('LMB001', ['resizer']);
    const timeout = finding('LMB002', ['thumbnailer']);
    const before = itemKeys([memory, timeout]);
    const after = itemKeys([timeout]);
    expect(after).toEqual([before[1]]);
  });

  it('stay the same when a finding’s message changes', () => {
    expect(itemKeys([finding('LMB001', ['resizer'], 'Memory 20,000 MB')])).toEqual(itemKeys([finding('LMB001', ['resizer'], 'Memory 30,000 MB')]));
  });

  it('tell apart findings of the same rule on other components or connections', () => {
    const keys = itemKeys([finding('SQS001', ['queue']), finding('SQS001', ['queue', 'fn']), finding('SQS001', ['queue'], 'x', ['queue-fn'])]);
    expect(new Set(keys).size).toBe(3);
  });

  it('count only true duplicates, the first keeping its plain key', () => {
    const single = itemKeys([finding('SQS001', ['queue'], 'first')]);
    const keys = itemKeys([finding('SQS001', ['queue'], 'first'), finding('SQS001', ['queue'], 'second'), finding('LMB001', ['fn'])]);
    expect(keys[0]).toBe(single[0]);
    expect(new Set(keys).size).toBe(3);
    expect(itemKeys([finding('LMB001', ['fn'])])).toEqual([keys[2]]);
  });
});
