import type { DesignNode } from '../../model/design';
import type { ExportContext } from '../context';
import type { Grant, PolicyStatement } from '../function-plan';
import { GetAtt, type Intrinsic, Ref, Select, Split, sub } from '../intrinsics';
import { bucketArnFor, bucketNameFor, functionArnFor, functionNameFor } from '../references';
import { databaseEndpoint, databaseSecretArn } from './databases';

export type AccessMode = 'read' | 'write' | 'read-write';

/** What a function's access to one resource becomes: IAM, and variables that tell the code where it is. */
export interface AccessPlan {
  grants: Grant[];
  /** [attribute word, value]: ["NAME", !Ref Table] → ORDERS_TABLE_NAME. */
  variables: [string, unknown][];
  summary: string;
}

const allow = (Action: string[], Resource: unknown, Condition?: Record<string, unknown>): PolicyStatement => ({
  Effect: 'Allow',
  Action,
  Resource,
  ...(Condition ? { Condition } : {}),
});

const reads = (mode: AccessMode) => mode !== 'write';
const writes = (mode: AccessMode) => mode !== 'read';

function verbs(mode: AccessMode): string {
  return mode === 'read-write' ? 'reads and writes' : mode === 'read' ? 'reads' : 'writes';
}

export function accessPlan(ctx: ExportContext, target: DesignNode, mode: AccessMode): AccessPlan | undefined {
  const id = ctx.idOf(target.id);
  switch (target.kind) {
    case 'dynamodb-table': {
      const resources = [new GetAtt(id, 'Arn'), sub(`\${${id}.Arn}/index/*`)];
      const read = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query', 'dynamodb:Scan', 'dynamodb:DescribeTable', 'dynamodb:ConditionCheckItem'];
      const write = ['dynamodb:PutItem', 'dynamodb:UpdateItem', 'dynamodb:DeleteItem', 'dynamodb:BatchWriteItem', 'dynamodb:DescribeTable', 'dynamodb:ConditionCheckItem'];
      const template = mode === 'read' ? 'DynamoDBReadPolicy' : mode === 'write' ? 'DynamoDBWritePolicy' : 'DynamoDBCrudPolicy';
      const actions = [...new Set([...(reads(mode) ? read : []), ...(writes(mode) ? write : [])])];
      return {
        grants: [{ sam: { [template]: { TableName: new Ref(id) } }, statements: [allow(actions, resources)] }],
        variables: [['NAME', new Ref(id)]],
        summary: `${verbs(mode)} items of ${target.name}`,
      };
    }
    case 's3-bucket': {
      const resources = [bucketArnFor(ctx, target.id), bucketArnFor(ctx, target.id, true)];
      const actions = [
        ...(reads(mode) ? ['s3:GetObject', 's3:GetObjectVersion', 's3:ListBucket', 's3:GetBucketLocation'] : []),
        ...(writes(mode) ? ['s3:PutObject', 's3:DeleteObject'] : []),
      ];
      const template = mode === 'read' ? 'S3ReadPolicy' : mode === 'write' ? 'S3WritePolicy' : 'S3CrudPolicy';
      return {
        grants: [{ sam: { [template]: { BucketName: bucketNameFor(ctx, target.id) } }, statements: [allow(actions, resources)] }],
        variables: [['NAME', bucketNameFor(ctx, target.id)]],
        summary: `${verbs(mode)} objects of ${target.name}`,
      };
    }
    case 'sqs-queue': {
      const arn = new GetAtt(id, 'Arn');
      const grants: Grant[] = [];
      if (writes(mode)) grants.push({ sam: { SQSSendMessagePolicy: { QueueName: new GetAtt(id, 'QueueName') } }, statements: [allow(['sqs:SendMessage', 'sqs:GetQueueAttributes', 'sqs:GetQueueUrl'], arn)] });
      if (reads(mode)) grants.push({ sam: { SQSPollerPolicy: { QueueName: new GetAtt(id, 'QueueName') } }, statements: [allow(['sqs:ReceiveMessage', 'sqs:DeleteMessage', 'sqs:ChangeMessageVisibility', 'sqs:GetQueueAttributes'], arn)] });
      return { grants, variables: [['URL', new Ref(id)]], summary: mode === 'write' ? `sends messages to ${target.name}` : `${verbs(mode)} messages of ${target.name}` };
    }
    case 'sns-topic': {
      const grants: Grant[] = [];
      if (writes(mode)) grants.push({ sam: { SNSPublishMessagePolicy: { TopicName: new GetAtt(id, 'TopicName') } }, statements: [allow(['sns:Publish'], new Ref(id))] });
      if (reads(mode)) grants.push({ statements: [allow(['sns:GetTopicAttributes', 'sns:ListSubscriptionsByTopic'], new Ref(id))] });
      return { grants, variables: [['ARN', new Ref(id)]], summary: mode === 'write' ? `publishes to ${target.name}` : `${verbs(mode)} ${target.name}` };
    }
    case 'eventbridge-bus': {
      const grants: Grant[] = [];
      if (writes(mode)) grants.push({ sam: { EventBridgePutEventsPolicy: { EventBusName: new Ref(id) } }, statements: [allow(['events:PutEvents'], new GetAtt(id, 'Arn'))] });
      if (reads(mode)) grants.push({ statements: [allow(['events:DescribeEventBus'], new GetAtt(id, 'Arn'))] });
      return { grants, variables: [['NAME', new Ref(id)]], summary: mode === 'write' ? `puts events on ${target.name}` : `${verbs(mode)} ${target.name}` };
    }
    case 'kinesis-stream': {
      const arn = new GetAtt(id, 'Arn');
      const grants: Grant[] = [];
      if (reads(mode)) grants.push({ sam: { KinesisStreamReadPolicy: { StreamName: new Ref(id) } }, statements: [allow(['kinesis:DescribeStream', 'kinesis:DescribeStreamSummary', 'kinesis:GetRecords', 'kinesis:GetShardIterator', 'kinesis:ListShards'], arn)] });
      if (writes(mode)) grants.push({ statements: [allow(['kinesis:PutRecord', 'kinesis:PutRecords', 'kinesis:DescribeStreamSummary'], arn)] });
      return { grants, variables: [['NAME', new Ref(id)]], summary: mode === 'write' ? `puts records on ${target.name}` : `${verbs(mode)} records of ${target.name}` };
    }
    case 'step-functions': {
      const grants: Grant[] = [];
      const start = target.config.type === 'EXPRESS' ? ['states:StartExecution', 'states:StartSyncExecution'] : ['states:StartExecution'];
      if (writes(mode)) grants.push({ sam: { StepFunctionsExecutionPolicy: { StateMachineName: new GetAtt(id, 'Name') } }, statements: [allow(start, new Ref(id))] });
      if (reads(mode)) {
        grants.push({
          statements: [
            allow(['states:DescribeStateMachine', 'states:ListExecutions'], new Ref(id)),
            allow(['states:DescribeExecution', 'states:GetExecutionHistory'], sub(`arn:\${AWS::Partition}:states:\${AWS::Region}:\${AWS::AccountId}:execution:\${${id}.Name}:*`)),
          ],
        });
      }
      return { grants, variables: [['ARN', new Ref(id)]], summary: mode === 'write' ? `starts executions of ${target.name}` : `${verbs(mode)} ${target.name}` };
    }
    case 'secret': {
      const grants: Grant[] = [];
      if (reads(mode)) grants.push({ sam: { AWSSecretsManagerGetSecretValuePolicy: { SecretArn: new Ref(id) } }, statements: [allow(['secretsmanager:GetSecretValue', 'secretsmanager:DescribeSecret'], new Ref(id))] });
      if (writes(mode)) grants.push({ statements: [allow(['secretsmanager:PutSecretValue', 'secretsmanager:UpdateSecretVersionStage'], new Ref(id))] });
      return { grants, variables: [['ARN', new Ref(id)]], summary: `${verbs(mode)} the value of ${target.name}` };
    }
    case 'ssm-parameter': {
      const arn = sub(`arn:\${AWS::Partition}:ssm:\${AWS::Region}:\${AWS::AccountId}:parameter/\${${id}}`);
      const grants: Grant[] = [];
      if (reads(mode)) grants.push({ sam: { SSMParameterReadPolicy: { ParameterName: new Ref(id) } }, statements: [allow(['ssm:GetParameter', 'ssm:GetParameters'], arn)] });
      if (writes(mode)) grants.push({ statements: [allow(['ssm:PutParameter'], arn)] });
      return { grants, variables: [['NAME', new Ref(id)]], summary: `${verbs(mode)} ${target.name}` };
    }
    case 'rds-proxy':
      return proxyAccess(ctx, target);
    case 'rds-database':
      return {
        grants: [{ statements: [allow(['secretsmanager:GetSecretValue'], databaseSecretArn(ctx, target.id))] }],
        variables: [['ENDPOINT', databaseEndpoint(ctx, target.id)], ['SECRET_ARN', databaseSecretArn(ctx, target.id)]],
        summary: `connects to ${target.name} with its master secret`,
      };
    case 'lambda-function':
      return {
        grants: [{ sam: { LambdaInvokePolicy: { FunctionName: functionNameFor(ctx, target.id) } }, statements: [allow(['lambda:InvokeFunction'], [functionArnFor(ctx, target.id), functionArnFor(ctx, target.id, true)])] }],
        variables: [['NAME', functionNameFor(ctx, target.id)]],
        summary: `invokes ${target.name}`,
      };
    default:
      return undefined;
  }
}

function proxyAccess(ctx: ExportContext, proxy: Extract<DesignNode, { kind: 'rds-proxy' }>): AccessPlan {
  const id = ctx.idOf(proxy.id);
  const endpoint: [string, unknown] = ['ENDPOINT', new GetAtt(id, 'Endpoint')];
  if (proxy.config.iamAuth) {
    const resourceId: Intrinsic = new Select(6, new Split(':', new GetAtt(id, 'DBProxyArn')));
    const connect = sub(`arn:\${AWS::Partition}:rds-db:\${AWS::Region}:\${AWS::AccountId}:dbuser:\${ProxyId}/*`, { ProxyId: resourceId });
    return { grants: [{ statements: [allow(['rds-db:connect'], connect)] }], variables: [endpoint], summary: `connects to ${proxy.name} with IAM authentication` };
  }
  const target = ctx.index.out(proxy.id, 'proxy-target', 'rds-database')[0];
  const secret = target ? databaseSecretArn(ctx, target.target) : new Ref(`${id}SecretArn`);
  return {
    grants: [{ statements: [allow(['secretsmanager:GetSecretValue'], secret)] }],
    variables: [endpoint, ['SECRET_ARN', secret]],
    summary: `connects to ${proxy.name} with the database secret`,
  };
}
