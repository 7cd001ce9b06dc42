import { describe, expect, it } from 'vitest';
import { createNode, emptyDesign } from '../new-design';
import { addSuppression, removeSuppression } from './suppressions';

function design() {
  const d = emptyDesign('Suppressions');
  d.nodes.push(createNode(d, 'sqs-queue', { id: 'jobs', name: 'Jobs' }));
  return d;
}

describe('suppressions', () => {
  it('stores the rule, the node and the trimmed reason', () => {
    const d = addSuppression(design(), 'SQS004', 'jobs', '  retries handled by the producer ');
    expect(d.suppressions).toEqual([{ ruleId: 'SQS004', nodeId: 'jobs', reason: 'retries handled by the producer' }]);
  });

  it('replaces the reason of the same rule on the same node instead of adding a second entry', () => {
    const d = addSuppression(addSuppression(design(), 'SQS004', 'jobs', 'first'), 'SQS004', 'jobs', 'second');
    expect(d.suppressions).toEqual([{ ruleId: 'SQS004', nodeId: 'jobs', reason: 'second' }]);
  });

  it('refuses an empty reason and ignores unknown nodes', () => {
    expect(() => addSuppression(design(), 'SQS004', 'jobs', '   ')).toThrow(/reason/);
    const d = design();
    expect(addSuppression(d, 'SQS004', 'nope', 'x')).toBe(d);
  });

  it('removes only the given rule on the given node', () => {
    let d = addSuppression(design(), 'SQS004', 'jobs', 'a');
    d = addSuppression(d, 'SQS005', 'jobs', 'b');
    expect(removeSuppression(d, 'SQS004', 'jobs').suppressions).toEqual([{ ruleId: 'SQS005', nodeId: 'jobs', reason: 'b' }]);
    expect(removeSuppression(d, 'SQS009', 'jobs')).toBe(d);
  });
});
