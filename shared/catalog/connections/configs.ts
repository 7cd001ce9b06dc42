import { z } from 'zod';
import { boolField, enumField, intField, listField, optionalIntField, optionalTextField, textField } from '../fields';

/** Settings carried by connections, shared by the kinds that declare them. */

export const ApiRouteConfig = z.object({
  method: enumField(['ANY', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS'], 'ANY', { description: 'HTTP method of the route.' }),
  path: textField('/{proxy+}', { description: 'Resource path of the route.' }),
});

export const AlbTargetConfig = z.object({
  priority: intField(1, { description: 'Listener rule priority; lower numbers are evaluated first.', range: [1, 50000] }),
  pathPattern: textField('/*', { description: 'Path pattern the listener rule matches.' }),
  multiValueHeaders: boolField(false, { description: 'Pass repeated headers and query parameters as arrays.' }),
});

export const EDGE_EVENT_TYPES = ['viewer-request', 'viewer-response', 'origin-request', 'origin-response'] as const;
export const EdgeTriggerConfig = z.object({
  eventType: enumField(EDGE_EVENT_TYPES, 'origin-request', { description: 'CloudFront event that runs the function.' }),
  includeBody: boolField(false, { description: 'Expose the request body to the function.' }),
});

export const COGNITO_TRIGGERS = [
  'PreSignUp', 'PostConfirmation', 'PreAuthentication', 'PostAuthentication', 'PreTokenGeneration',
  'CustomMessage', 'DefineAuthChallenge', 'CreateAuthChallenge', 'VerifyAuthChallengeResponse', 'UserMigration',
] as const;
export const CognitoTriggerConfig = z.object({
  trigger: enumField(COGNITO_TRIGGERS, 'PreSignUp', { description: 'User pool trigger that calls the function.' }),
});

export const S3_EVENTS = [
  's3:ObjectCreated:*', 's3:ObjectCreated:Put', 's3:ObjectCreated:Post', 's3:ObjectCreated:Copy',
  's3:ObjectCreated:CompleteMultipartUpload', 's3:ObjectRemoved:*', 's3:ObjectRemoved:Delete',
  's3:ObjectRestore:Completed', 's3:ObjectTagging:*',
] as const;
export const S3NotificationConfig = z.object({
  events: listField(['s3:ObjectCreated:*'], { description: 'Bucket events that invoke the function.', options: S3_EVENTS }),
  prefix: textField('', { description: 'Only keys starting with this prefix (e.g. uploads/).' }),
  suffix: textField('', { description: 'Only keys ending with this suffix (e.g. .jpg).' }),
});

export const SnsSubscriptionConfig = z.object({
  filterPolicy: textField('', { description: 'Subscription filter policy (JSON); empty delivers every message.', editor: 'json' }),
  rawMessageDelivery: boolField(false, { description: 'Deliver the raw message (SQS subscriptions only).' }),
});

export const LogsSubscriptionConfig = z.object({
  filterPattern: textField('', { description: 'CloudWatch Logs filter pattern; empty matches every event.' }),
});

export const SqsMappingConfig = z.object({
  batchSize: intField(10, { description: 'Messages per invocation.', range: [1, 10000] }),
  maximumBatchingWindowSeconds: intField(0, { description: 'How long to gather a batch.', unit: 's', range: [0, 300] }),
  reportBatchItemFailures: boolField(false, { description: 'Partial batch response: only failed messages return to the queue.' }),
  maximumConcurrency: optionalIntField({ description: 'Most concurrent invocations this source may drive.', range: [2, 1000] }),
  enabled: boolField(true, { description: 'Whether Lambda polls the queue.' }),
  filterPattern: optionalTextField({ description: 'Event filter (JSON); filtered-out messages are deleted.', editor: 'json' }),
});

export const STARTING_POSITIONS = ['TRIM_HORIZON', 'LATEST', 'AT_TIMESTAMP'] as const;
export const StreamMappingConfig = z.object({
  batchSize: intField(100, { description: 'Records per invocation.', range: [1, 10000] }),
  maximumBatchingWindowSeconds: intField(0, { description: 'How long to gather a batch.', unit: 's', range: [0, 300] }),
  startingPosition: enumField(STARTING_POSITIONS, 'LATEST', { description: 'Where in the stream to start reading.' }),
  parallelizationFactor: intField(1, { description: 'Concurrent batches per shard.', range: [1, 10] }),
  bisectBatchOnFunctionError: boolField(false, { description: 'Split a failing batch in two and retry each half.' }),
  maximumRetryAttempts: intField(-1, { description: 'Retries of a failing batch; -1 retries until the record expires.', range: [-1, 10000] }),
  maximumRecordAgeInSeconds: intField(-1, { description: 'Discard records older than this; -1 keeps them until they expire.', unit: 's', range: [-1, 604800] }),
  reportBatchItemFailures: boolField(false, { description: 'Partial batch response: resume from the failed record.' }),
  tumblingWindowSeconds: intField(0, { description: 'Aggregation window for stateful processing.', unit: 's', range: [0, 900] }),
  enabled: boolField(true, { description: 'Whether Lambda reads the stream.' }),
});

export const RedriveConfig = z.object({
  maxReceiveCount: intField(5, { description: 'Receives before a message moves to the dead-letter queue.', range: [1, 1000] }),
});

export const ACCESS_MODES = ['read', 'write', 'read-write'] as const;
export function accessConfig(defaultMode: (typeof ACCESS_MODES)[number]) {
  return z.object({
    mode: enumField(ACCESS_MODES, defaultMode, { description: 'What the function does with the resource; IAM follows it.' }),
    environmentVariable: optionalTextField({ description: 'Name of the variable that tells the code where the resource is; derived from the name if empty.' }),
  });
}

export const MountConfig = z.object({
  localMountPath: textField('/mnt/data', { description: 'Where the file system appears in the function (must start with /mnt/).' }),
});

export const DestinationConfig = z.object({});
