import { describe, expect, it } from 'vitest';
import { explainEdge } from './export-template';
import { DesignBuilder } from './sample-designs.test-support';
import { exported, referencesIn } from './template-checks.test-support';

const access = (mode: string, environmentVariable?: string) => ({ mode, ...(environmentVariable ? { environmentVariable } : {}) });

describe('data access', () => {
  const design = new DesignBuilder()
    .node('lambda-function', 'fn', { name: 'Orders function', config: { environment: { ORDERS_TABLE_NAME: 'kept' } } })
    .node('dynamodb-table', 'orders', { name: 'Orders table' })
    .node('dynamodb-table', 'audit', { name: 'Audit' })
    .node('s3-bucket', 'docs', { name: 'Docs' })
    .node('sqs-queue', 'jobs', { name: 'Jobs' })
    .node('sns-topic', 'alerts', { name: 'Alerts' })
    .node('secret', 'key', { name: 'Api key' })
    .node('ssm-parameter', 'flag', { name: 'Feature flag' })
    .node('step-functions', 'flow', { name: 'Fulfilment' })
    .node('kinesis-stream', 'clicks', { name: 'Clicks' })
    .node('eventbridge-bus', 'bus', { name: 'Orders bus' })
    .edge('fn', 'orders', 'access', access('read'))
    .edge('fn', 'audit', 'access', access('write', 'AUDIT'))
    .edge('fn', 'docs', 'access', access('read-write'))
    .edge('fn', 'jobs', 'access', access('write'))
    .edge('fn', 'alerts', 'access', access('write'))
    .edge('fn', 'key', 'access', access('read'))
    .edge('fn', 'flag', 'access', access('read'))
    .edge('fn', 'flow', 'access', access('write'))
    .edge('fn', 'clicks', 'access', access('read-write'))
    .edge('fn', 'bus', 'access', access('write')).design;

  it('grants SAM policy templates that follow the mode', () => {
    const policies = exported(design, 'sam').Resources.OrdersFunction?.Properties?.Policies as Record<string, unknown>[];
    const names = policies.flatMap((p) => Object.keys(p));
    expect(names.sort()).toEqual([
      'AWSSecretsManagerGetSecretValuePolicy', 'DynamoDBReadPolicy', 'DynamoDBWritePolicy', 'EventBridgePutEventsPolicy', 'KinesisStreamReadPolicy', 'S3CrudPolicy',
      'SNSPublishMessagePolicy', 'SQSSendMessagePolicy', 'SSMParameterReadPolicy', 'Statement', 'StepFunctionsExecutionPolicy', 'Version',
    ]);
    expect(policies).toContainEqual({ DynamoDBReadPolicy: { TableName: { Ref: 'OrdersTable' } } });
    expect(JSON.stringify(policies.at(-1))).toContain('kinesis:PutRecords');
  });

  it('writes the same permissions as inline statements in CloudFormation', () => {
    const role = exported(design, 'cfn').Resources.OrdersFunctionRole?.Properties as { Policies: { PolicyDocument: { Statement: { Action: string[] }[] } }[] };
    const actions = role.Policies[0]?.PolicyDocument.Statement.flatMap((s) => s.Action) ?? [];
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetItem', 'dynamodb:PutItem', 's3:GetObject', 's3:PutObject', 'sqs:SendMessage', 'sns:Publish', 'secretsmanager:GetSecretValue', 'ssm:GetParameter', 'states:StartExecution', 'kinesis:GetRecords', 'kinesis:PutRecord', 'events:PutEvents']));
    const readStatement = role.Policies[0]?.PolicyDocument.Statement.find((s) => s.Action.includes('dynamodb:GetItem') && !s.Action.includes('dynamodb:PutItem'));
    expect(readStatement?.Action).not.toContain('dynamodb:DeleteItem');
  });

  it('names each resource in an environment variable; the function’s own variables and edge overrides win', () => {
    const variables = (exported(design, 'cfn').Resources.OrdersFunction?.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toEqual({
      ORDERS_TABLE_NAME: 'kept',
      API_KEY_SECRET_ARN: { Ref: 'ApiKey' },
      AUDIT: { Ref: 'Audit' },
      ORDERS_BUS_NAME: { Ref: 'OrdersBus' },
      CLICKS_STREAM_NAME: { Ref: 'Clicks' },
      DOCS_BUCKET_NAME: { Ref: 'Docs' },
      FEATURE_FLAG_PARAMETER_NAME: { Ref: 'FeatureFlag' },
      FULFILMENT_STATE_MACHINE_ARN: { Ref: 'Fulfilment' },
      JOBS_QUEUE_URL: { Ref: 'Jobs' },
      ALERTS_TOPIC_ARN: { Ref: 'Alerts' },
      ORDERS_TABLE_NAME_2: { Ref: 'OrdersTable' },
    });
    expect(explainEdge(design, 'fn-orders', 'sam').map((e) => e.what)).toEqual(['iam', 'environment']);
  });

  it('turns extra policy statements into a policy of their own', () => {
    const custom = new DesignBuilder().node('lambda-function', 'fn', { name: 'Fn', config: { policyStatements: '[{"Effect":"Allow","Action":"xray:PutTraceSegments","Resource":"*"}]' } }).design;
    expect(exported(custom, 'sam').Resources.Fn?.Properties?.Policies).toEqual([{ Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'xray:PutTraceSegments', Resource: '*' }] }]);
  });

  it('adds the connections’ permissions to a shared role as a policy of its own', () => {
    const shared = new DesignBuilder()
      .node('lambda-function', 'fn', { name: 'Fn', config: { executionRole: 'team-lambda-role' } })
      .node('sqs-queue', 'q', { name: 'Work' })
      .edge('q', 'fn', 'event-source-mapping').design;
    for (const target of ['sam', 'cfn'] as const) {
      const template = exported(shared, target);
      expect(template.Resources.Fn?.Properties?.Role).toEqual({ 'Fn::Sub': 'arn:${AWS::Partition}:iam::${AWS::AccountId}:role/team-lambda-role' });
      expect(template.Resources.FnPolicy?.Properties?.Roles).toEqual(['team-lambda-role']);
      expect(JSON.stringify(template.Resources.FnPolicy)).toContain('sqs:ReceiveMessage');
    }
  });
});

describe('no dependency loops', () => {
  it('names a bucket that invokes functions in advance, and refers to it by that name', () => {
    const design = new DesignBuilder()
      .node('s3-bucket', 'uploads', { name: 'Uploads' })
      .node('lambda-function', 'fn', { name: 'Resize' })
      .edge('uploads', 'fn', 'invoke-async')
      .edge('fn', 'uploads', 'access', access('read')).design;
    for (const target of ['sam', 'cfn'] as const) {
      const template = exported(design, target);
      expect(template.Resources.Uploads?.Properties?.BucketName).toEqual({
        'Fn::Sub': ['uploads-${AWS::AccountId}-${StackSuffix}', { StackSuffix: { 'Fn::Select': [4, { 'Fn::Split': ['-', { 'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }] }] }] } }],
      });
      const fnProperties = { ...template.Resources.Resize?.Properties, Events: undefined };
      expect(referencesIn([fnProperties, template.Resources.ResizeRole ?? {}]).has('Uploads')).toBe(false);
    }
    const permission = exported(design, 'cfn').Resources.ResizeUploadsPermission?.Properties as Record<string, unknown>;
    expect(JSON.stringify(permission.SourceArn)).toContain('arn:${AWS::Partition}:s3:::uploads-${AWS::AccountId}-${StackSuffix}');
    expect(exported(design, 'cfn').Resources.Uploads?.DependsOn).toBe('ResizeUploadsPermission');
  });

  it('names functions whose references loop and refers to them by name', () => {
    const design = new DesignBuilder()
      .node('lambda-function', 'a', { name: 'Ping' })
      .node('lambda-function', 'b', { name: 'Pong' })
      .node('lambda-function', 'c', { name: 'Solo' })
      .edge('a', 'b', 'invoke-async')
      .edge('b', 'a', 'on-failure')
      .edge('c', 'b', 'invoke-sync').design;
    const template = exported(design, 'cfn');
    expect(template.Resources.Ping?.Properties?.FunctionName).toBeDefined();
    expect(template.Resources.Pong?.Properties?.FunctionName).toBeDefined();
    expect(template.Resources.Solo?.Properties?.FunctionName).toBeUndefined();
    expect(referencesIn(template.Resources.PingRole).has('Pong')).toBe(false);
    expect(referencesIn(template.Resources.PongRole).has('Ping')).toBe(false);
    expect(JSON.stringify(template.Resources.Ping?.Properties?.Environment)).toContain('Pong-${StackSuffix}');
  });

  it('keeps one redrive policy per queue and never a loop of dead-letter queues or a FIFO/standard mix', () => {
    const design = new DesignBuilder()
      .node('sqs-queue', 'a', { name: 'A' })
      .node('sqs-queue', 'b', { name: 'B' })
      .node('sqs-queue', 'f', { name: 'F', config: { fifo: true } })
      .edge('a', 'b', 'dead-letter', { maxReceiveCount: 3 })
      .edge('b', 'a', 'dead-letter')
      .edge('f', 'a', 'dead-letter').design;
    const template = exported(design, 'cfn');
    expect(template.Resources.A?.Properties?.RedrivePolicy).toEqual({ deadLetterTargetArn: { 'Fn::GetAtt': ['B', 'Arn'] }, maxReceiveCount: 3 });
    expect(template.Resources.B?.Properties?.RedrivePolicy).toBeUndefined();
    expect(template.Resources.F?.Properties?.RedrivePolicy).toBeUndefined();
    expect(explainEdge(design, 'b-a', 'cfn')[0]?.reason).toMatch(/loop/);
    expect(explainEdge(design, 'f-a', 'cfn')[0]?.reason).toMatch(/FIFO/);
  });
});

describe('function settings', () => {
  it('maps an alias, gradual deployment and provisioned concurrency to SAM properties and to CloudFormation resources', () => {
    const design = new DesignBuilder().node('lambda-function', 'fn', {
      name: 'Checkout',
      config: { provisionedConcurrency: 2, deploymentPreference: { type: 'Linear10PercentEvery1Minute' }, reservedConcurrency: 50, tracing: 'Active', ephemeralStorage: 2048, architecture: 'arm64' },
    }).design;
    const sam = exported(design, 'sam').Resources.Checkout?.Properties;
    expect(sam).toMatchObject({
      AutoPublishAlias: 'live',
      ProvisionedConcurrencyConfig: { ProvisionedConcurrentExecutions: 2 },
      DeploymentPreference: { Type: 'Linear10PercentEvery1Minute' },
      ReservedConcurrentExecutions: 50,
      Tracing: 'Active',
      EphemeralStorage: { Size: 2048 },
      Architectures: ['arm64'],
    });
    const cfn = exported(design, 'cfn').Resources;
    expect(cfn.CheckoutAlias?.Properties?.ProvisionedConcurrencyConfig).toEqual({ ProvisionedConcurrentExecutions: 2 });
    expect(cfn.CheckoutAlias?.UpdatePolicy?.CodeDeployLambdaAliasUpdate).toEqual({ ApplicationName: { Ref: 'CodeDeployApplication' }, DeploymentGroupName: { Ref: 'CheckoutDeploymentGroup' } });
    expect(cfn.CheckoutDeploymentGroup?.Properties?.DeploymentConfigName).toBe('CodeDeployDefault.LambdaLinear10PercentEvery1Minute');
    expect(cfn.Checkout?.Properties?.TracingConfig).toEqual({ Mode: 'Active' });
  });

  it('gives a public function URL both permissions, and a container image a parameter for its URI', () => {
    const design = new DesignBuilder().node('lambda-function', 'fn', { name: 'Hook', config: { packageType: 'Image', functionUrl: { enabled: true, authType: 'NONE' } } }).design;
    const cfn = exported(design, 'cfn');
    expect(cfn.Resources.HookUrlPublicPermission?.Properties).toMatchObject({ Action: 'lambda:InvokeFunctionUrl', Principal: '*', FunctionUrlAuthType: 'NONE' });
    expect(cfn.Resources.HookUrlInvokePermission?.Properties).toMatchObject({ Action: 'lambda:InvokeFunction', InvokedViaFunctionUrl: true });
    expect(cfn.Resources.Hook?.Properties).toMatchObject({ PackageType: 'Image', Code: { ImageUri: { Ref: 'HookImageUri' } } });
    expect(cfn.Resources.Hook?.Properties?.Runtime).toBeUndefined();
    expect(cfn.Parameters?.HookImageUri?.Type).toBe('String');
    expect(cfn.Outputs?.HookUrlEndpoint?.Value).toEqual({ 'Fn::GetAtt': ['HookUrl', 'FunctionUrl'] });
    expect(exported(design, 'sam').Resources.Hook?.Properties).toMatchObject({ PackageType: 'Image', ImageUri: { Ref: 'HookImageUri' }, FunctionUrlConfig: { AuthType: 'NONE' } });
  });

  it('keeps the function’s logs for a retention CloudWatch accepts', () => {
    const design = new DesignBuilder().node('lambda-function', 'fn', { name: 'Fn', config: { logRetentionDays: 10 } }).design;
    expect(exported(design, 'cfn').Resources.FnLogGroup?.Properties).toEqual({ LogGroupName: { 'Fn::Sub': '/aws/lambda/${Fn}' }, RetentionInDays: 14 });
  });

  it('sends async results to destinations, dead letters to a queue, and loads layers', () => {
    const design = new DesignBuilder()
      .node('lambda-function', 'fn', { name: 'Fn', config: { asyncInvoke: { maximumRetryAttempts: 0, maximumEventAgeInSeconds: 600 } } })
      .node('sns-topic', 'ok', { name: 'Done' })
      .node('sqs-queue', 'dlq', { name: 'Dead letters' })
      .node('lambda-layer', 'layer', { name: 'Shared libs' })
      .edge('fn', 'ok', 'on-success')
      .edge('fn', 'dlq', 'dead-letter')
      .edge('layer', 'fn', 'uses-layer').design;
    const sam = exported(design, 'sam').Resources.Fn?.Properties;
    expect(sam?.EventInvokeConfig).toEqual({ MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 600, DestinationConfig: { OnSuccess: { Type: 'SNS', Destination: { Ref: 'Done' } } } });
    expect(sam?.DeadLetterQueue).toEqual({ Type: 'SQS', TargetArn: { 'Fn::GetAtt': ['DeadLetters', 'Arn'] } });
    expect(sam?.Layers).toEqual([{ Ref: 'SharedLibs' }]);
    const cfn = exported(design, 'cfn').Resources;
    expect(cfn.FnEventInvokeConfig?.Properties).toEqual({ FunctionName: { Ref: 'Fn' }, Qualifier: '$LATEST', MaximumRetryAttempts: 0, MaximumEventAgeInSeconds: 600, DestinationConfig: { OnSuccess: { Destination: { Ref: 'Done' } } } });
    expect(cfn.Fn?.Properties?.DeadLetterConfig).toEqual({ TargetArn: { 'Fn::GetAtt': ['DeadLetters', 'Arn'] } });
    expect(cfn.SharedLibs?.Type).toBe('AWS::Lambda::LayerVersion');
    expect(JSON.stringify(cfn.FnRole)).toContain('sns:Publish');
  });

  it('generates a state machine definition that invokes the connected functions in turn', () => {
    const design = new DesignBuilder()
      .node('step-functions', 'flow', { name: 'Flow' })
      .node('lambda-function', 'a', { name: 'Validate' })
      .node('lambda-function', 'b', { name: 'Charge' })
      .edge('flow', 'a', 'invoke-sync', {}, 'e1')
      .edge('flow', 'b', 'invoke-sync', {}, 'e2').design;
    const machine = exported(design, 'cfn').Resources.Flow?.Properties as { Definition: { StartAt: string; States: Record<string, Record<string, unknown>> }; DefinitionSubstitutions: unknown };
    expect(machine.Definition.StartAt).toBe('Invoke Validate');
    expect(machine.Definition.States['Invoke Validate']).toMatchObject({ Next: 'Invoke Charge', Parameters: { FunctionName: '${ValidateArn}' } });
    expect(machine.Definition.States['Invoke Charge']).toMatchObject({ End: true });
    expect(machine.DefinitionSubstitutions).toEqual({ ValidateArn: { 'Fn::GetAtt': ['Validate', 'Arn'] }, ChargeArn: { 'Fn::GetAtt': ['Charge', 'Arn'] } });
  });
});
