import { runRuleCases } from '../testing/rule-cases';
import { TEMPLATE_CASES } from './template.cases';
import { describe, expect, it } from 'vitest';
import { importTemplate } from '../../import/import-template';
import { updateNodeConfig } from '../../model/edits/update-config';
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

describe('the template rules on an imported design', () => {
  it('build its export without changing the design or its record of the template', () => {
    const outputs = Array.from({ length: 250 }, (_, i) => `  Out${i}:\n    Value: !GetAtt Jobs.Arn`).join('\n');
    const text = `Transform: AWS::Serverless-2016-10-31\nResources:\n  Jobs:\n    Type: AWS::SQS::Queue\n    Properties:\n      Tags:\n        - Key: team\n          Value: orders\n  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Handler: app.handler\n      Runtime: python3.13\n      CodeUri: src/\n      Policies:\n        - SQSPollerPolicy:\n            QueueName: !GetAtt Jobs.QueueName\n      Events:\n        Jobs:\n          Type: SQS\n          Properties:\n            Queue: !GetAtt Jobs.Arn\nOutputs:\n${outputs}\n`;
    const imported = importTemplate(text, 'many-outputs.yaml');
    if (!imported.ok) throw new Error(imported.problems.map((p) => p.message).join('; '));
    // Both edited, so the export merges the edits into the template's resources and patches their text.
    const design = updateNodeConfig(updateNodeConfig(imported.design, ['Jobs'], ['visibilityTimeout'], 400), ['Worker'], ['memorySize'], 1024);
    const before = JSON.stringify(design);
    const findings = validateDesign(design, { today: '2026-11-23' }).findings;
    expect(findings.some((f) => f.ruleId === 'TPL002')).toBe(true);
    expect(JSON.stringify(design)).toBe(before);
  });
});
