import { z } from 'zod';
import { accessConfig, DestinationConfig, MountConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, enumField, groupField, intField, listField, mapField, optionalIntField, optionalTextField, textField } from '../fields';
import { RUNTIME_IDS } from '../runtimes';
import { functionTrafficGroup } from '../traffic';

export const DEPLOYMENT_TYPES = [
  'AllAtOnce',
  'Canary10Percent5Minutes', 'Canary10Percent10Minutes', 'Canary10Percent15Minutes', 'Canary10Percent30Minutes',
  'Linear10PercentEvery1Minute', 'Linear10PercentEvery2Minutes', 'Linear10PercentEvery3Minutes', 'Linear10PercentEvery10Minutes',
] as const;

export const LambdaFunctionConfig = z.object({
  description: textField('', { description: 'What the function does.' }),
  packageType: enumField(['Zip', 'Image'], 'Zip', { description: 'Zip archive with a managed runtime, or a container image.' }),
  runtime: textField('nodejs24.x', { description: 'Managed runtime (zip packages only).', options: RUNTIME_IDS }),
  handler: textField('index.handler', { description: 'Entry point, file.function (zip packages only).' }),
  codeUri: textField('src/', { description: 'Where the code is, relative to the template; empty when the code is inline.' }),
  inlineCode: optionalTextField({ description: 'Code written into the template (CloudFormation ZipFile, 4 KB at most).', editor: 'code' }),
  imageUri: optionalTextField({ description: 'ECR image URI (container images only); a template parameter when empty.' }),
  memorySize: intField(128, { description: 'Memory; CPU grows with it (1,769 MB = 1 vCPU).', unit: 'MB', range: [128, 10240] }),
  timeout: intField(3, { description: 'Longest run before Lambda stops the invocation.', unit: 's', range: [1, 900] }),
  ephemeralStorage: intField(512, { description: 'Size of /tmp.', unit: 'MB', range: [512, 10240] }),
  architecture: enumField(['x86_64', 'arm64'], 'x86_64', { description: 'Instruction set; arm64 (Graviton) costs about 20% less.' }),
  environment: mapField({ description: 'Environment variables (4 KB in total).' }),
  tracing: enumField(['PassThrough', 'Active'], 'PassThrough', { description: 'AWS X-Ray active tracing.' }),
  reservedConcurrency: optionalIntField({ description: 'Concurrency set aside for this function, and its ceiling.', range: [0, 1000] }),
  provisionedConcurrency: optionalIntField({ description: 'Pre-initialised environments on the alias (no cold starts).', range: [1, 1000] }),
  alias: optionalTextField({ description: 'Alias published on every deploy (SAM AutoPublishAlias), e.g. live.' }),
  deploymentPreference: groupField({
    type: enumField(['None', ...DEPLOYMENT_TYPES], 'None', { description: 'How CodeDeploy shifts traffic to a new version.' }),
  }, { description: 'Gradual deployment through the alias.' }),
  functionUrl: groupField({
    enabled: boolField(false, { description: 'Give the function its own HTTPS endpoint.' }),
    authType: enumField(['AWS_IAM', 'NONE'], 'AWS_IAM', { description: 'NONE makes the URL public.' }),
    corsAllowOrigins: listField([], { description: 'Origins allowed to call the URL from a browser.' }),
    invokeMode: enumField(['BUFFERED', 'RESPONSE_STREAM'], 'BUFFERED', { description: 'Buffer the response or stream it.' }),
  }, { description: 'Function URL.' }),
  asyncInvoke: groupField({
    maximumRetryAttempts: intField(2, { description: 'Retries after a failed asynchronous invocation.', range: [0, 2] }),
    maximumEventAgeInSeconds: intField(21600, { description: 'Drop queued events older than this.', unit: 's', range: [60, 21600] }),
  }, { description: 'Asynchronous invocation.' }),
  packageSize: groupField({
    zippedMB: optionalIntField({ description: 'Deployment package, zipped.', unit: 'MB', range: [0, 50] }),
    unzippedMB: optionalIntField({ description: 'Deployment package, unzipped, without layers.', unit: 'MB', range: [0, 250] }),
    imageMB: optionalIntField({ description: 'Container image, uncompressed.', unit: 'MB', range: [0, 10240] }),
  }, { description: 'Sizes, where known, to check against the limits.' }),
  logRetentionDays: optionalIntField({ description: 'Keep the function’s logs this many days; forever when empty.', unit: 'days' }),
  executionRole: optionalTextField({ description: 'Name of an existing shared role; empty creates one role for this function.' }),
  policyStatements: optionalTextField({ description: 'Extra IAM statements (JSON array) beyond what connections grant.', editor: 'json' }),
  lambdaEdge: boolField(false, { description: 'Replicated to CloudFront edge locations (Lambda@Edge).' }),
  traffic: functionTrafficGroup(),
});

const toQueueOrTopic = ['sqs-queue', 'sns-topic'];

export const lambdaFunction = defineKind({
  id: 'lambda-function',
  label: 'Lambda function',
  categories: ['compute', 'destination'],
  icon: 'architecture-service/AWSLambda.svg',
  description: 'Code that runs on demand, billed by the millisecond.',
  defaultName: 'Function',
  config: LambdaFunctionConfig,
  parents: ['subnet'],
  cfnTypes: ['AWS::Serverless::Function', 'AWS::Lambda::Function'],
  connections: [
    { to: [...toQueueOrTopic, 'eventbridge-bus', 'lambda-function'], meaning: 'on-success', config: DestinationConfig },
    { to: [...toQueueOrTopic, 'eventbridge-bus', 'lambda-function'], meaning: 'on-failure', config: DestinationConfig },
    { to: toQueueOrTopic, meaning: 'dead-letter', config: DestinationConfig },
    { to: ['sqs-queue'], meaning: 'access', label: 'Sends messages', config: accessConfig('write') },
    { to: ['sns-topic'], meaning: 'access', label: 'Publishes', config: accessConfig('write') },
    { to: ['eventbridge-bus'], meaning: 'access', label: 'Puts events', config: accessConfig('write') },
    { to: ['kinesis-stream'], meaning: 'access', label: 'Puts records', config: accessConfig('write') },
    { to: ['step-functions'], meaning: 'access', label: 'Starts executions', config: accessConfig('write') },
    { to: ['dynamodb-table', 's3-bucket'], meaning: 'access', config: accessConfig('read-write') },
    { to: ['secret', 'ssm-parameter'], meaning: 'access', label: 'Reads', config: accessConfig('read') },
    { to: ['rds-proxy', 'rds-database'], meaning: 'access', label: 'Connects to', config: accessConfig('read-write') },
    { to: ['lambda-function'], meaning: 'invoke-sync', label: 'Invokes (sync)' },
    { to: ['lambda-function'], meaning: 'invoke-async', label: 'Invokes (async)' },
    { to: ['efs-access-point'], meaning: 'mount', config: MountConfig },
    { to: ['subnet', 'security-group'], meaning: 'network-attach' },
  ],
});
