import { describe, expect, it } from 'vitest';
import { exportTemplate } from '../export/export-template';
import { serializeDesign } from '../model/save-design';
import { loadDesign } from '../model/load-design';
import { updateNodeConfig } from '../model/edits/update-config';
import { importTemplate } from './import-template';

const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Description: Orders
Parameters:
  Stage:
    Type: String
    Default: dev
Conditions:
  IsProd: !Equals [!Ref Stage, prod]
Globals:
  Function:
    Runtime: python3.12
    MemorySize: 512
Resources:
  Orders:
    Type: AWS::DynamoDB::Table
    DeletionPolicy: Retain
    Properties:
      BillingMode: PAY_PER_REQUEST
  Inbox:
    Type: AWS::SQS::Queue
  Failures:
    Type: AWS::SQS::Queue
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      CodeUri: worker/
      Timeout: 30
      Environment:
        Variables:
          TABLE: !Ref Orders
          MODE: fast
      Policies:
        - DynamoDBCrudPolicy:
            TableName: !Ref Orders
      EventInvokeConfig:
        DestinationConfig:
          OnFailure:
            Type: SQS
            Destination: !GetAtt Failures.Arn
      Events:
        Work:
          Type: SQS
          Properties:
            Queue: !GetAtt Inbox.Arn
            BatchSize: 5
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
  Alarm:
    Type: AWS::CloudWatch::Alarm
    Condition: IsProd
    Properties:
      MetricName: Errors
      Namespace: AWS/Lambda
      Dimensions:
        - Name: FunctionName
          Value: !Ref Worker
Outputs:
  Table:
    Value: !Ref Orders
`;

describe('importTemplate', () => {
  const result = importTemplate(TEMPLATE, 'orders.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  const { design } = result;
  const node = (id: string) => design.nodes.find((n) => n.id === id);

  it('makes a node per resource, its id the logical id, its kind from the type', () => {
    expect(design.name).toBe('orders');
    expect(design.nodes.map((n) => [n.id, n.kind]).sort()).toEqual([
      ['Alarm', 'generic-resource'], ['Failures', 'sqs-queue'], ['Inbox', 'sqs-queue'], ['Orders', 'dynamodb-table'],
      ['Worker', 'lambda-function'], ['WorkerNightly', 'eventbridge-schedule'],
    ]);
  });

  it('maps function properties to config, Globals beneath them', () => {
    expect(node('Worker')?.config).toMatchObject({ runtime: 'python3.12', memorySize: 512, timeout: 30, handler: 'app.handler', codeUri: 'worker/', environment: { MODE: 'fast' } });
  });

  it('rebuilds events, destinations and access as edges', () => {
    const edges = design.edges.map((e) => `${e.source} ${e.meaning} ${e.target}`).sort();
    expect(edges).toEqual([
      'Inbox event-source-mapping Worker', 'Worker access Orders', 'Worker on-failure Failures', 'WorkerNightly invoke-async Worker',
    ]);
    expect(design.edges.find((e) => e.meaning === 'event-source-mapping')?.config).toMatchObject({ batchSize: 5 });
  });

  it('keeps a resource outside the catalog as YAML text', () => {
    expect(node('Alarm')?.config).toMatchObject({ type: 'AWS::CloudWatch::Alarm', attributes: 'Condition: IsProd\n' });
    expect((node('Alarm')?.config as { properties: string }).properties).toContain('Ref: Worker');
  });

  it('writes the template back with its sections and resources, and survives saving', () => {
    const saved = loadDesign(serializeDesign(design));
    expect(saved.ok).toBe(true);
    if (!saved.ok) return;
    const out = JSON.parse(exportTemplate(saved.design, { target: 'sam', format: 'json' })) as Record<string, Record<string, Record<string, unknown>>>;
    expect(Object.keys(out.Resources ?? {}).sort()).toEqual(['Alarm', 'Failures', 'Inbox', 'Orders', 'Worker']);
    expect(out.Resources?.Orders).toMatchObject({ DeletionPolicy: 'Retain' });
    expect(out.Conditions).toEqual({ IsProd: { 'Fn::Equals': [{ Ref: 'Stage' }, 'prod'] } });
    expect(out.Globals).toBeDefined();
    expect(out.Outputs).toEqual({ Table: { Value: { Ref: 'Orders' } } });
  });

  it('applies an edit to an imported resource, keeping its logical id, attributes and what the edit did not touch', () => {
    const edited = structuredClone(design);
    const table = edited.nodes.find((n) => n.id === 'Orders');
    if (table?.kind !== 'dynamodb-table') throw new Error('no table');
    table.config = { ...table.config, streamEnabled: true, streamViewType: 'NEW_IMAGE' } as typeof table.config;
    const out = JSON.parse(exportTemplate(edited, { target: 'sam', format: 'json' })) as { Resources: Record<string, Record<string, unknown>> };
    expect(out.Resources.Orders).toEqual({
      Type: 'AWS::DynamoDB::Table',
      DeletionPolicy: 'Retain',
      Properties: { BillingMode: 'PAY_PER_REQUEST', StreamSpecification: { StreamViewType: 'NEW_IMAGE' } },
    });
  });

  it('exports an edited generic resource from its YAML text', () => {
    const edited = structuredClone(design);
    const alarm = edited.nodes.find((n) => n.id === 'Alarm');
    if (alarm?.kind !== 'generic-resource') throw new Error('no alarm');
    alarm.config = { ...alarm.config, properties: 'MetricName: Throttles\nNamespace: AWS/Lambda\nDimensions:\n  - Name: FunctionName\n    Value: !Ref Worker\n' };
    const out = JSON.parse(exportTemplate(edited, { target: 'sam', format: 'json' })) as { Resources: Record<string, Record<string, unknown>> };
    expect(out.Resources.Alarm).toEqual({
      Type: 'AWS::CloudWatch::Alarm',
      Condition: 'IsProd',
      Properties: { MetricName: 'Throttles', Namespace: 'AWS/Lambda', Dimensions: [{ Name: 'FunctionName', Value: { Ref: 'Worker' } }] },
    });
  });

  it('gives problems, not a design, for input that is not a template', () => {
    expect(importTemplate('just: text\n')).toMatchObject({ ok: false, problems: [{ message: expect.stringContaining('Resources') }] });
    expect(importTemplate('Resources:\n  A: [\n')).toMatchObject({ ok: false, problems: [{ line: expect.any(Number) }] });
  });
});

describe('settings of non-function resources', () => {
  const template = `Resources:
  Table:
    Type: AWS::DynamoDB::Table
    Properties:
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      ProvisionedThroughput: { ReadCapacityUnits: 5, WriteCapacityUnits: 5 }
      StreamSpecification: { StreamViewType: NEW_IMAGE }
  Stream:
    Type: AWS::Kinesis::Stream
    Properties: { ShardCount: 4, RetentionPeriodHours: 48 }
  Bucket:
    Type: AWS::S3::Bucket
    Properties:
      VersioningConfiguration: { Status: Enabled }
  Topic:
    Type: AWS::SNS::Topic
    Properties: { FifoTopic: true }
  Layer:
    Type: AWS::Lambda::LayerVersion
    Properties:
      Content: { S3Bucket: b, S3Key: k }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties:
      VpcId: vpc-1
      CidrBlock: 10.0.1.0/24
      AvailabilityZone: !Select [1, !GetAZs '']
  Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties:
      VpcId: vpc-1
      ServiceName: !Sub com.amazonaws.\${AWS::Region}.dynamodb
`;

  it('come across, so the rules judge what the template says rather than the defaults', () => {
    const result = importTemplate(template, 'resources.yaml');
    if (!result.ok) throw new Error(result.problems.map((p) => p.message).join('; '));
    const config = (id: string) => result.design.nodes.find((n) => n.id === id)?.config as Record<string, unknown>;
    expect(config('Table')).toMatchObject({ billingMode: 'PROVISIONED', streamEnabled: true, streamViewType: 'NEW_IMAGE' });
    expect(config('Stream')).toMatchObject({ shardCount: 4, retentionPeriodHours: 48 });
    expect(config('Bucket')).toMatchObject({ versioning: true });
    expect(config('Topic')).toMatchObject({ fifo: true });
    expect(config('Layer')).toMatchObject({ compatibleRuntimes: [], compatibleArchitectures: [] });
    expect(config('SubnetA')).toMatchObject({ cidr: '10.0.1.0/24', availabilityZone: 'us-east-1b' });
    expect(config('Endpoint')).toMatchObject({ endpointType: 'Gateway', service: 'dynamodb' });
  });
});

describe('a scheduled EventBridge rule', () => {
  const SCHEDULED = `Transform: AWS::Serverless-2016-10-31
Resources:
  Tick:
    Type: AWS::Events::Rule
    Properties:
      ScheduleExpression: rate(5 minutes)
      Targets:
        - Id: worker
          Arn: !GetAtt Worker.Arn
  Worker:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.13
      CodeUri: src/
`;

  it('is drawn as a schedule invoking its target, and an edit of its expression changes that line only', () => {
    const result = importTemplate(SCHEDULED, 'tick.yaml');
    if (!result.ok) throw new Error('does not import');
    const tick = result.design.nodes.find((n) => n.id === 'Tick');
    expect(tick).toMatchObject({ kind: 'eventbridge-schedule', config: { scheduleExpression: 'rate(5 minutes)', engine: 'events-rule' } });
    expect(result.design.edges.map((e) => `${e.source} ${e.meaning} ${e.target}`)).toEqual(['Tick invoke-async Worker']);
    const edited = updateNodeConfig(result.design, ['Tick'], ['scheduleExpression'], 'rate(10 minutes)');
    expect(exportTemplate(edited, { target: 'sam' })).toBe(SCHEDULED.replace('rate(5 minutes)', 'rate(10 minutes)'));
  });

  it('with a pattern stays a rule', () => {
    const result = importTemplate(SCHEDULED.replace('      ScheduleExpression: rate(5 minutes)\n', '      EventPattern:\n        source: [orders]\n'), 'rule.yaml');
    expect(result.ok && result.design.nodes.find((n) => n.id === 'Tick')?.kind).toBe('eventbridge-rule');
  });
});
