import { describe, expect, it } from 'vitest';
import { readCfnYaml } from '../import/cfn-yaml';
import { Ref } from './intrinsics';
import { patchResourceText } from './patch-resource-text';

const TEXT = `
  # The worker
  Worker:
    Type: AWS::Serverless::Function # SAM
    Properties:
      Handler: app.handler
      MemorySize: !Ref Memory  # from the stack's parameter
      Environment:
        Variables:
          STAGE: prod
      Tags:
        team: orders`;
const original = (readCfnYaml(TEXT) as Record<string, Record<string, unknown>>).Worker as Record<string, unknown>;
const properties = original.Properties as Record<string, unknown>;
const edit = (changes: Record<string, unknown>) => ({ ...original, Properties: { ...properties, ...changes } });

describe('an edit made in the text of an imported resource', () => {
  it('replaces a changed value where it stands, its tag gone and the comment after it kept', () => {
    expect(patchResourceText(TEXT, 'Worker', original, edit({ MemorySize: 1024 }))).toBe(TEXT.replace('!Ref Memory  #', '1024  #'));
  });

  it('writes a new setting at the end of its map, in the short form, and one inside a nested map', () => {
    const patched = patchResourceText(TEXT, 'Worker', original, edit({ Timeout: 30, Role: new Ref('WorkerRole'), Environment: { Variables: { STAGE: 'prod', LEVEL: 'debug' } } }));
    expect(patched).toBe(TEXT.replace('STAGE: prod\n', 'STAGE: prod\n          LEVEL: debug\n').concat('\n      Timeout: 30\n      Role: !Ref WorkerRole'));
  });

  it('takes out a setting the edit removed, with its lines', () => {
    const { Tags: _tags, ...rest } = properties;
    expect(patchResourceText(TEXT, 'Worker', original, { ...original, Properties: rest })).toBe(TEXT.replace(/\n {6}Tags:\n {8}team: orders$/, ''));
  });

  it('writes a changed list or block as a whole at the key’s place', () => {
    const patched = patchResourceText(TEXT, 'Worker', original, edit({ Tags: ['a', 'b'] }));
    expect(patched).toBe(TEXT.replace('      Tags:\n        team: orders', '      Tags:\n        - a\n        - b'));
  });

  it('adds a policy to a list and takes one out, the others staying as written', () => {
    const text = '  Worker:\n    Type: AWS::Serverless::Function\n    Properties:\n      Policies:\n        - AWSLambdaBasicExecutionRole   # logs\n        - SQSPollerPolicy:\n            QueueName: !GetAtt Jobs.QueueName\n        - Statement: [{ Effect: Allow, Action: "s3:*", Resource: "*" }]';
    const worker = (readCfnYaml(text) as Record<string, Record<string, unknown>>).Worker as Record<string, unknown>;
    const [basic, poller, statement] = (worker.Properties as { Policies: unknown[] }).Policies;
    const patched = patchResourceText(text, 'Worker', worker, { ...worker, Properties: { Policies: [basic, statement, { DynamoDBCrudPolicy: { TableName: new Ref('Orders') } }] } });
    expect(patched).toBe(text.replace('        - SQSPollerPolicy:\n            QueueName: !GetAtt Jobs.QueueName\n', '').concat('\n        - DynamoDBCrudPolicy:\n            TableName: !Ref Orders'));
    expect(poller).toBeDefined();
  });

  it('writes a map written in flow style anew as a block', () => {
    const flow = '  Worker:\n    Type: AWS::SQS::Queue\n    Properties: { VisibilityTimeout: 30 }';
    const queue = (readCfnYaml(flow) as Record<string, Record<string, unknown>>).Worker as Record<string, unknown>;
    expect(patchResourceText(flow, 'Worker', queue, { ...queue, Properties: { VisibilityTimeout: 60 } })).toBe('  Worker:\n    Type: AWS::SQS::Queue\n    Properties:\n      VisibilityTimeout: 60');
  });

  it('gives nothing when the text holds a key twice, so export writes the resource anew', () => {
    const twice = TEXT.replace('      Handler: app.handler\n', '      Handler: app.handler\n      Handler: app.handler\n');
    expect(patchResourceText(twice, 'Worker', original, edit({ MemorySize: 1024 }))).toBeUndefined();
  });
});
