import { describe, expect, it } from 'vitest';
import { importTemplate } from '../import/import-template';
import { updateNodeConfig } from '../model/edits/update-config';
import { exportTemplate } from './export-template';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders
Resources:
    # Where orders wait
    Jobs:
        Type: AWS::SQS::Queue   # standard
        Properties:
            VisibilityTimeout: 120
            Tags:
                - Key: note
                  Value: |
                      two
                      lines

    # The topic
    "Alerts":
        Type: 'AWS::SNS::Topic'
Outputs:
  JobsUrl:
    Value: !Ref Jobs
`;

function imported() {
  const result = importTemplate(TEMPLATE, 'orders.yaml');
  if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
  return result.design;
}

describe('untouched resources come back as written', () => {
  it('with their comments, quotes and block scalars, moved as a whole to the exporter’s indentation', () => {
    const out = exportTemplate(imported(), { target: 'sam' });
    expect(out).toContain(`Resources:
  # Where orders wait
  Jobs:
      Type: AWS::SQS::Queue   # standard
      Properties:
          VisibilityTimeout: 120
          Tags:
              - Key: note
                Value: |
                    two
                    lines
  # The topic
  "Alerts":
      Type: 'AWS::SNS::Topic'
Outputs:`);
    expect(out.startsWith("AWSTemplateFormatVersion: '2010-09-09'\n")).toBe(true);
    const again = importTemplate(out, 'again.yaml');
    expect(again.ok && again.design.nodes.map((n) => n.id).sort()).toEqual(['Alerts', 'Jobs']);
  });

  it('an edited resource is written anew; the others keep their text', () => {
    const design = updateNodeConfig(imported(), ['Jobs'], ['visibilityTimeout'], 300);
    const out = exportTemplate(design, { target: 'sam' });
    expect(out).toContain('VisibilityTimeout: 300');
    expect(out).not.toContain('# Where orders wait');
    expect(out).toContain("  # The topic\n  \"Alerts\":\n      Type: 'AWS::SNS::Topic'");
  });

  it('a template without a format version or description gets none added', () => {
    const result = importTemplate('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n', 'bare.yaml');
    if (!result.ok) throw new Error('does not import');
    expect(exportTemplate(result.design, { target: 'cfn' })).toBe('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n');
  });
});
