import { runRuleCases } from '../testing/rule-cases';
import { TEMPLATE_CASES } from './template.cases';
import { describe, expect, it } from 'vitest';
import { importTemplate } from '../../import/import-template';
import { validateDesign } from '../engine';

runRuleCases(TEMPLATE_CASES);


describe('TPL002 on an imported template', () => {
  it('names the resources behind too many outputs, not functions the template does not have', () => {
    const outputs = Array.from({ length: 250 }, (_, i) => `  Out${i}:\n    Value: !GetAtt Jobs.Arn`).join('\n');
    const imported = importTemplate(`Resources:\n  Jobs:\n    Type: AWS::SQS::Queue\nOutputs:\n${outputs}\n`, 'many-outputs.yaml');
    if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join('; '));
    const finding = validateDesign(imported.design, { today: '2026-11-23' }).findings.find((f) => f.ruleId === 'TPL002');
    expect(finding?.nodeIds).toEqual(['Jobs']);
    expect(finding?.message).toContain('250 outputs');
    expect(finding?.message).not.toContain('-3');
  });
});
