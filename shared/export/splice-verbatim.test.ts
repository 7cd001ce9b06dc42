import { describe, expect, it } from 'vitest';
import { importTemplate } from '../import/import-template';
import { addNodeAt } from '../model/edits/add-node';
import { renameNode } from '../model/edits/rename-node';
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
  it('an untouched template comes back byte for byte: comments, quotes, block scalars, blank lines, indentation', () => {
    const out = exportTemplate(imported(), { target: 'sam' });
    expect(out).toBe(TEMPLATE);
    const again = importTemplate(out, 'again.yaml');
    expect(again.ok && again.design.nodes.map((n) => n.id).sort()).toEqual(['Alerts', 'Jobs']);
  });

  it('an edited setting changes its line only: the rest of the resource, its comments and the others stay as written', () => {
    const design = updateNodeConfig(imported(), ['Jobs'], ['visibilityTimeout'], 300);
    const out = exportTemplate(design, { target: 'sam' });
    expect(out).toBe(TEMPLATE.replace('VisibilityTimeout: 120', 'VisibilityTimeout: 300'));
    const again = importTemplate(out, 'again.yaml');
    if (!again.ok) throw new Error(again.problems.map((p) => p.message).join('; '));
    expect(again.design.nodes.find((n) => n.id === 'Jobs')?.config).toMatchObject({ visibilityTimeout: 300 });
  });

  it('a resource the edit cannot be made in as written is written anew at the template’s indentation, under its comments', () => {
    // The key written twice: the text cannot be edited in place, the resource is written from the design.
    const twice = TEMPLATE.replace('            VisibilityTimeout: 120\n', '            VisibilityTimeout: 120\n            VisibilityTimeout: 120\n');
    const result = importTemplate(twice, 'twice.yaml');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    const out = exportTemplate(updateNodeConfig(result.design, ['Jobs'], ['visibilityTimeout'], 300), { target: 'sam' });
    expect(out).toContain('Resources:\n    # Where orders wait\n    Jobs:\n      Type: AWS::SQS::Queue\n');
    expect(out).toContain('VisibilityTimeout: 300');
    expect(out).toContain("\n\n    # The topic\n    \"Alerts\":\n        Type: 'AWS::SNS::Topic'\nOutputs:\n  JobsUrl:\n    Value: !Ref Jobs\n");
  });

  it('a component added to an imported template is written at the template’s indentation', () => {
    const { design } = addNodeAt(imported(), 'sns-topic', { x: 900, y: 900 });
    const out = exportTemplate(renameNode(design, design.nodes.at(-1)?.id as string, 'Audit'), { target: 'sam' });
    expect(out).toMatch(/\n {4}Audit:\n {6}Type: AWS::SNS::Topic\n/);
    const again = importTemplate(out, 'again.yaml');
    expect(again.ok && again.design.nodes.map((n) => n.id).sort()).toEqual(['Alerts', 'Audit', 'Jobs']);
  });

  it('keeps Windows line breaks, the comments after the last section and what the Resources line holds', () => {
    const text = '# Orders stack\r\n\r\nResources:   # all of them\r\n  Jobs:\r\n    Type: AWS::SQS::Queue\r\n\r\n# the end\r\n';
    const result = importTemplate(text, 'windows.yaml');
    if (!result.ok) throw new Error('does not import');
    expect(exportTemplate(result.design, { target: 'cfn' })).toBe(text);
    const edited = exportTemplate(updateNodeConfig(result.design, ['Jobs'], ['visibilityTimeout'], 300), { target: 'cfn' });
    expect(edited).toContain('Resources:   # all of them\r\n  Jobs:\r\n    Type: AWS::SQS::Queue\r\n    Properties:\r\n      VisibilityTimeout: 300\r\n');
    expect(edited.endsWith('\r\n\r\n# the end\r\n')).toBe(true);
    expect(edited.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('a template without a format version or description gets none added', () => {
    const result = importTemplate('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n', 'bare.yaml');
    if (!result.ok) throw new Error('does not import');
    expect(exportTemplate(result.design, { target: 'cfn' })).toBe('Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n');
  });
});
