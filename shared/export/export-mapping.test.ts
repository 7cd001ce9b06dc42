import { describe, expect, it } from 'vitest';
import { KINDS } from '../catalog/registry';
import { MEANINGS } from '../model/meaning';
import { analyzeExport, explainEdge, exportTemplate, resourceMap } from './export-template';
import { DesignBuilder, everyConnectionDesign } from './sample-designs.test-support';
import { danglingReferences, exported, resourcesOfType } from './template-checks.test-support';
import { readShortForm } from './yaml-short-form.test-support';

const every = everyConnectionDesign();

describe('two targets from one design', () => {
  it('SAM: the serverless transform, functions with events, and nothing dangling', () => {
    const template = exported(every, 'sam');
    expect(template.Transform).toBe('AWS::Serverless-2016-10-31');
    const target = template.Resources.TargetFunction;
    expect(target?.Type).toBe('AWS::Serverless::Function');
    const events = Object.values((target?.Properties?.Events ?? {}) as Record<string, { Type: string }>).map((e) => e.Type).sort();
    expect(events).toEqual(['Api', 'CloudWatchLogs', 'Cognito', 'DynamoDB', 'EventBridgeRule', 'HttpApi', 'Kinesis', 'S3', 'SNS', 'SQS', 'ScheduleV2']);
    expect(danglingReferences(template)).toEqual([]);
  });

  it('CloudFormation: no transform, no Serverless types, and the resources SAM would have made', () => {
    const template = exported(every, 'cfn');
    expect(template.Transform).toBeUndefined();
    const types = new Set(Object.values(template.Resources).map((r) => r.Type));
    expect([...types].filter((t) => t.startsWith('AWS::Serverless::'))).toEqual([]);
    for (const type of [
      'AWS::Lambda::Function', 'AWS::IAM::Role', 'AWS::Lambda::Permission', 'AWS::Lambda::EventSourceMapping', 'AWS::Lambda::Version',
      'AWS::Lambda::Alias', 'AWS::Lambda::Url', 'AWS::Lambda::EventInvokeConfig', 'AWS::SNS::Subscription', 'AWS::Logs::SubscriptionFilter',
      'AWS::Scheduler::Schedule', 'AWS::Events::Rule', 'AWS::ApiGateway::Method', 'AWS::ApiGatewayV2::Route', 'AWS::StepFunctions::StateMachine',
    ]) expect(types, type).toContain(type);
    const bucket = template.Resources.Bucket?.Properties as { NotificationConfiguration: { LambdaConfigurations: unknown[] } };
    expect(bucket.NotificationConfiguration.LambdaConfigurations).toHaveLength(1);
    expect(danglingReferences(template)).toEqual([]);
  });

  it('prints YAML with short tags and JSON with long forms that say the same', () => {
    const yaml = exportTemplate(every, { target: 'cfn' });
    expect(yaml).toMatch(/!Ref |!GetAtt |!Sub |!Select \[/);
    expect(yaml).not.toContain('Fn::');
    expect(readShortForm(yaml)).toEqual(JSON.parse(exportTemplate(every, { target: 'cfn', format: 'json' })));
  });
});

describe('coverage', () => {
  for (const target of ['sam', 'cfn'] as const) {
    it(`every kind becomes at least one resource (${target})`, () => {
      const map = resourceMap(every, target);
      const resources = exported(every, target).Resources;
      for (const kind of KINDS) {
        const node = every.nodes.find((n) => n.kind === kind.id);
        expect(node, kind.id).toBeDefined();
        expect(map.nodes[node?.id as string]?.length, kind.id).toBeGreaterThan(0);
        for (const id of map.nodes[node?.id as string] ?? []) expect(resources[id], `${kind.id} → ${id}`).toBeDefined();
      }
    });

    it(`every connection meaning is explained, each item with a reason (${target})`, () => {
      const { explanations, resourceMap: map, template } = analyzeExport(every, target);
      const meanings = new Set<string>();
      for (const edge of every.edges) {
        const items = explanations[edge.id] ?? [];
        expect(items.length, edge.id).toBeGreaterThan(0);
        for (const item of items) {
          expect(item.summary.length).toBeGreaterThan(0);
          expect(item.reason).toMatch(/\.$/);
          if (item.logicalId) expect(template.Resources[item.logicalId], `${edge.id} → ${item.logicalId}`).toBeDefined();
        }
        for (const id of map.edges[edge.id] ?? []) expect(template.Resources[id], `${edge.id} → ${id}`).toBeDefined();
        meanings.add(edge.meaning);
      }
      expect([...meanings].sort()).toEqual(Object.keys(MEANINGS).sort());
    });
  }

  it('explains an S3 trigger as the bucket notification plus the invoke permission in CloudFormation, and one event in SAM', () => {
    const design = new DesignBuilder()
      .node('s3-bucket', 'uploads', { name: 'Uploads' })
      .node('lambda-function', 'thumbs', { name: 'Thumbnail function' })
      .edge('uploads', 'thumbs', 'invoke-async', { prefix: 'in/', suffix: '.png' }).design;
    expect(explainEdge(design, 'uploads-thumbs', 'cfn').map((e) => [e.what, e.logicalId])).toEqual([
      ['permission', 'ThumbnailFunctionUploadsPermission'],
      ['event', 'Uploads'],
    ]);
    const sam = explainEdge(design, 'uploads-thumbs', 'sam');
    expect(sam.map((e) => [e.what, e.logicalId])).toEqual([['event', 'ThumbnailFunction']]);
    expect(sam[0]?.summary).toContain('Events.UploadsEvent (S3)');
    expect(explainEdge(design, 'no-such-edge', 'sam')).toEqual([]);
  });

  it('maps an empty design to a template that still has a resource', () => {
    const template = exported(new DesignBuilder().design, 'sam');
    expect(Object.values(template.Resources).map((r) => r.Type)).toEqual(['AWS::CloudFormation::WaitConditionHandle']);
  });
});

describe('SAM events and their CloudFormation counterparts', () => {
  const scheduled = (engine: string) => new DesignBuilder()
    .node('eventbridge-schedule', 'nightly', { name: 'Nightly', config: { engine, scheduleExpression: 'cron(0 3 * * ? *)', flexibleWindowMinutes: 15 } })
    .node('lambda-function', 'job', { name: 'Job' })
    .edge('nightly', 'job', 'invoke-async').design;

  it('chooses Schedule or ScheduleV2 by the schedule’s engine', () => {
    const v2 = exported(scheduled('scheduler'), 'sam').Resources.Job?.Properties?.Events as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    expect(v2.NightlyEvent).toEqual({
      Type: 'ScheduleV2',
      Properties: { ScheduleExpression: 'cron(0 3 * * ? *)', ScheduleExpressionTimezone: 'UTC', FlexibleTimeWindow: { Mode: 'FLEXIBLE', MaximumWindowInMinutes: 15 } },
    });
    const v1 = exported(scheduled('events-rule'), 'sam').Resources.Job?.Properties?.Events as Record<string, unknown>;
    expect(v1.NightlyEvent).toEqual({ Type: 'Schedule', Properties: { Schedule: 'cron(0 3 * * ? *)' } });
    const cfn = exported(scheduled('scheduler'), 'cfn');
    expect(cfn.Resources.Nightly?.Type).toBe('AWS::Scheduler::Schedule');
    expect(cfn.Resources.NightlyRole?.Type).toBe('AWS::IAM::Role');
    expect(exported(scheduled('events-rule'), 'cfn').Resources.JobNightlyPermission?.Properties?.Principal).toBe('events.amazonaws.com');
  });

  it('writes API routes as Api and HttpApi events, and as methods and routes with permissions', () => {
    const design = new DesignBuilder()
      .node('api-gateway-rest', 'rest', { name: 'Shop API', config: { authorizer: 'AWS_IAM' } })
      .node('api-gateway-http', 'http', { name: 'Edge API' })
      .node('lambda-function', 'fn', { name: 'Shop' })
      .edge('rest', 'fn', 'invoke-sync', { method: 'GET', path: 'orders/{id}' })
      .edge('rest', 'fn', 'invoke-sync', { method: 'GET', path: '/orders/{id}' }, 'duplicate')
      .edge('http', 'fn', 'invoke-sync', { method: 'POST', path: '/orders' }).design;
    const events = exported(design, 'sam').Resources.Shop?.Properties?.Events as Record<string, { Type: string; Properties: Record<string, unknown> }>;
    expect(events.ShopAPIEvent).toEqual({ Type: 'Api', Properties: { RestApiId: { Ref: 'ShopAPI' }, Path: '/orders/{id}', Method: 'GET' } });
    expect(events.EdgeAPIEvent?.Type).toBe('HttpApi');
    expect(Object.keys(events)).toHaveLength(2);
    expect(explainEdge(design, 'rest-fn', 'sam')[0]?.summary).toBe('Route GET /orders/{id} not written');
    const cfn = exported(design, 'cfn');
    expect(resourcesOfType(cfn, 'AWS::ApiGateway::Resource').map(([, r]) => r.Properties?.PathPart)).toEqual(['orders', '{id}']);
    expect(cfn.Resources.ShopAPIOrdersIdGetMethod?.Properties?.AuthorizationType).toBe('AWS_IAM');
    expect(cfn.Resources.ShopAPIDeployment?.DependsOn).toBe('ShopAPIOrdersIdGetMethod');
    expect(cfn.Resources.EdgeAPIOrdersPostRoute?.Properties?.RouteKey).toBe('POST /orders');
    expect(resourcesOfType(cfn, 'AWS::Lambda::Permission')).toHaveLength(2);
  });

  it('puts ALB targets behind a listener rule, with multi-value headers and the invoke permission', () => {
    const design = new DesignBuilder().network()
      .node('alb', 'alb', { name: 'Web', parentId: 'vpc' })
      .node('lambda-function', 'fn', { name: 'Page' })
      .node('lambda-function', 'fn2', { name: 'Api' })
      .edge('alb', 'fn', 'invoke-sync', { multiValueHeaders: true, priority: 5, pathPattern: '/*' })
      .edge('alb', 'fn2', 'invoke-sync', { priority: 5, pathPattern: '/api/*' }).design;
    for (const target of ['sam', 'cfn'] as const) {
      const template = exported(design, target);
      expect(template.Resources.WebPageTargetGroup?.Properties).toMatchObject({
        TargetType: 'lambda',
        TargetGroupAttributes: [{ Key: 'lambda.multi_value_headers.enabled', Value: 'true' }],
      });
      expect(template.Resources.WebPageTargetGroup?.DependsOn).toBe('PageWebPermission');
      expect(template.Resources.WebPageRule?.Properties?.Priority).toBe(5);
      expect(template.Resources.WebApiRule?.Properties?.Priority).toBe(6);
      expect(template.Resources.Web?.Properties?.Subnets).toEqual([{ Ref: 'PublicA' }, { Ref: 'PublicB' }]);
      expect(template.Resources.WebSecurityGroup?.Type).toBe('AWS::EC2::SecurityGroup');
    }
  });

  it('runs Lambda@Edge from a published version and CloudFront Functions on viewer events only', () => {
    const design = new DesignBuilder()
      .node('cloudfront', 'cdn', { name: 'CDN' })
      .node('lambda-function', 'edge', { name: 'Rewrite', config: { environment: { A: 'b' } } })
      .node('cloudfront-function', 'headers', { name: 'Headers' })
      .node('cloudfront-function', 'late', { name: 'Late' })
      .node('dynamodb-table', 'table', { name: 'Table' })
      .edge('cdn', 'edge', 'invoke-sync', { eventType: 'origin-request', includeBody: true })
      .edge('cdn', 'headers', 'invoke-sync', { eventType: 'viewer-response' })
      .edge('cdn', 'late', 'invoke-sync', { eventType: 'origin-response' })
      .edge('edge', 'table', 'access').design;
    const sam = exported(design, 'sam');
    const behavior = (t: typeof sam) => (t.Resources.CDN?.Properties?.DistributionConfig as { DefaultCacheBehavior: Record<string, unknown> }).DefaultCacheBehavior;
    expect(behavior(sam).LambdaFunctionAssociations).toEqual([{ EventType: 'origin-request', LambdaFunctionARN: { Ref: 'Rewrite.Version' }, IncludeBody: true }]);
    expect(behavior(sam).FunctionAssociations).toEqual([{ EventType: 'viewer-response', FunctionARN: { 'Fn::GetAtt': ['Headers', 'FunctionARN'] } }]);
    expect(sam.Resources.Rewrite?.Properties?.AutoPublishAlias).toBe('live');
    expect(sam.Resources.Rewrite?.Properties?.Environment).toBeUndefined();
    expect(JSON.stringify(sam.Resources.Rewrite?.Properties?.AssumeRolePolicyDocument)).toContain('edgelambda.amazonaws.com');
    expect(explainEdge(design, 'cdn-late', 'sam')[0]?.reason).toBe('CloudFront Functions run on viewer events only.');
    expect(explainEdge(design, 'edge-table', 'sam').find((e) => e.what === 'environment')?.reason).toBe('Lambda@Edge functions cannot have environment variables.');
    const cfn = exported(design, 'cfn');
    expect(behavior(cfn).LambdaFunctionAssociations).toEqual([{ EventType: 'origin-request', LambdaFunctionARN: { Ref: 'RewriteVersion' }, IncludeBody: true }]);
  });

  it('wires Cognito triggers once per trigger, in the pool’s LambdaConfig for CloudFormation', () => {
    const design = new DesignBuilder()
      .node('cognito-user-pool', 'pool', { name: 'Users' })
      .node('lambda-function', 'a', { name: 'Sign up' })
      .node('lambda-function', 'b', { name: 'Other sign up' })
      .edge('pool', 'a', 'invoke-sync', { trigger: 'PreSignUp' })
      .edge('pool', 'b', 'invoke-sync', { trigger: 'PreSignUp' }).design;
    expect(exported(design, 'sam').Resources.SignUp?.Properties?.Events).toEqual({ UsersEvent: { Type: 'Cognito', Properties: { UserPool: { Ref: 'Users' }, Trigger: 'PreSignUp' } } });
    expect(exported(design, 'sam').Resources.OtherSignUp?.Properties?.Events).toBeUndefined();
    expect(exported(design, 'cfn').Resources.Users?.Properties?.LambdaConfig).toEqual({ PreSignUp: { 'Fn::GetAtt': ['SignUp', 'Arn'] } });
  });

  it('maps stream settings and sends failed batches to the function’s on-failure destination', () => {
    const design = new DesignBuilder()
      .node('kinesis-stream', 'clicks', { name: 'Clicks' })
      .node('lambda-function', 'agg', { name: 'Aggregator' })
      .node('sqs-queue', 'failed', { name: 'Failed batches' })
      .edge('clicks', 'agg', 'event-source-mapping', { parallelizationFactor: 4, bisectBatchOnFunctionError: true, maximumRetryAttempts: 3, startingPosition: 'TRIM_HORIZON' })
      .edge('agg', 'failed', 'on-failure').design;
    const event = (exported(design, 'sam').Resources.Aggregator?.Properties?.Events as Record<string, { Properties: unknown }>).ClicksEvent;
    expect(event?.Properties).toEqual({
      Stream: { 'Fn::GetAtt': ['Clicks', 'Arn'] },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: 100,
      ParallelizationFactor: 4,
      BisectBatchOnFunctionError: true,
      MaximumRetryAttempts: 3,
      DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': ['FailedBatches', 'Arn'] } } },
    });
    const cfn = exported(design, 'cfn');
    expect(cfn.Resources.AggregatorClicksMapping?.Properties?.DestinationConfig).toEqual({ OnFailure: { Destination: { 'Fn::GetAtt': ['FailedBatches', 'Arn'] } } });
    expect(JSON.stringify(cfn.Resources.AggregatorRole)).toContain('kinesis:GetRecords');
    expect(explainEdge(design, 'agg-failed', 'cfn').map((e) => e.what)).toEqual(['destination', 'iam', 'destination']);
  });
});
