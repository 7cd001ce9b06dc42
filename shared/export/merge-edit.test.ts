import { describe, expect, it } from 'vitest';
import { Ref } from './intrinsics';
import { mergeEdit, mergeValue } from './merge-edit';

describe('an edit applied to the resource as the template had it', () => {
  const original = {
    Type: 'AWS::Serverless::Function',
    Properties: {
      FunctionName: 'orders-worker',
      Handler: 'app.handler',
      MemorySize: 128,
      Tags: { team: 'orders' },
      Environment: { Variables: { TABLE: { Ref: 'Orders' }, STAGE: 'prod' } },
    },
  };
  // What the exporter renders: no FunctionName or Tags (not modelled), STAGE kept, the table as an access edge.
  const base = { Type: 'AWS::Serverless::Function', Properties: { Handler: 'app.handler', MemorySize: 128, Timeout: 3, Environment: { Variables: { STAGE: 'prod' } } } };

  it('changes what the edit changed and keeps what the design does not model', () => {
    const edited = { ...base, Properties: { ...base.Properties, MemorySize: 1024 } };
    expect(mergeEdit(original, base, edited)).toEqual({ ...original, Properties: { ...original.Properties, MemorySize: 1024 } });
  });

  it('drops what the edit took away, merges maps key by key and writes no default the template did without', () => {
    const edited = { ...base, Properties: { Handler: 'app.handler', MemorySize: 128, Timeout: 3, Environment: { Variables: { LEVEL: 'debug' } } } };
    const merged = mergeEdit(original, base, edited) as { Properties: Record<string, unknown> };
    expect(merged.Properties).toEqual({
      FunctionName: 'orders-worker', Handler: 'app.handler', MemorySize: 128, Tags: { team: 'orders' },
      Environment: { Variables: { TABLE: { Ref: 'Orders' }, LEVEL: 'debug' } },
    });
    expect(merged.Properties).not.toHaveProperty('Timeout');
  });

  it('writes a default once the edit changes it, and takes edited lists whole', () => {
    expect(mergeValue({ A: 1, L: ['x', 'y'] }, { A: 1, T: 3, L: ['x'] }, { A: 1, T: 30, L: ['x', 'z'] })).toEqual({ A: 1, T: 30, L: ['x', 'z'] });
  });

  it('adds and removes policies, layers and ids one by one, keeping those the design does not draw', () => {
    const policies = ['AWSLambdaBasicExecutionRole', { SQSPollerPolicy: { QueueName: 'jobs' } }];
    const merged = mergeValue({ Policies: policies }, { Policies: [{ SQSPollerPolicy: { QueueName: 'jobs' } }] }, { Policies: [{ DynamoDBCrudPolicy: { TableName: 'orders' } }] });
    expect(merged).toEqual({ Policies: ['AWSLambdaBasicExecutionRole', { DynamoDBCrudPolicy: { TableName: 'orders' } }] });
  });

  it('keeps a single policy document the template gave, beside a policy the edit adds', () => {
    const document = { Statement: [{ Effect: 'Allow', Action: 'lambda:InvokeFunction', Resource: '*' }] };
    const merged = mergeValue({ Policies: document }, { Policies: [] as unknown[] }, { Policies: [{ SQSSendMessagePolicy: { QueueName: 'jobs' } }] });
    expect(merged).toEqual({ Policies: [document, { SQSSendMessagePolicy: { QueueName: 'jobs' } }] });
  });

  it('keeps the template’s policies and variables where the design as imported rendered none', () => {
    const merged = mergeValue(
      { Policies: ['AWSLambdaBasicExecutionRole'], Environment: { Variables: { MODE: { 'Fn::If': ['Prod', 'p', 'd'] } } } },
      { Policies: undefined },
      { Policies: [{ S3CrudPolicy: { BucketName: 'b' } }], Environment: { Variables: { BUCKET: 'b' } } },
    );
    expect(merged).toEqual({
      Policies: ['AWSLambdaBasicExecutionRole', { S3CrudPolicy: { BucketName: 'b' } }],
      Environment: { Variables: { MODE: { 'Fn::If': ['Prod', 'p', 'd'] }, BUCKET: 'b' } },
    });
  });

  it('compares intrinsics by their long form', () => {
    expect(mergeValue({ Ref: 'Orders' }, new Ref('Orders'), new Ref('Orders'))).toEqual({ Ref: 'Orders' });
    expect(mergeValue({ Ref: 'Orders' }, new Ref('Orders'), new Ref('Archive'))).toEqual(new Ref('Archive'));
  });

  it('takes the rendering as it is when the exporter makes another type of the resource, or has no base', () => {
    const edited = { Type: 'AWS::Lambda::Function', Properties: { MemorySize: 1024 } };
    expect(mergeEdit(original, base, edited)).toBe(edited);
    expect(mergeEdit(original, undefined, base)).toBe(base);
  });
});
