import { ruleCase } from '../testing/rule-cases';
import { asyncEventAgeRange } from './async-event-age-range';
import { asyncFailurePath } from './async-failure-path';
import { asyncRetryRange } from './async-retry-range';
import { bucketTriggerVersioning } from './bucket-trigger-versioning';
import { deadLetterWithQueueTrigger } from './dead-letter-with-queue-trigger';
import { destinationsNeedAsync } from './destinations-need-async';
import { fifoTopicFunctionSubscription } from './fifo-topic-function-subscription';
import { preferOnFailureDestination } from './prefer-on-failure-destination';

export const INVOCATION_CASES = [
  ruleCase(asyncRetryRange, 'three async retries', (b, broken) => void b.fn('notify', { asyncInvoke: { maximumRetryAttempts: broken ? 3 : 2 } })),
  ruleCase(asyncEventAgeRange, 'an event age of 12 hours', (b, broken) => void b.fn('notify', { asyncInvoke: { maximumEventAgeInSeconds: broken ? 43_200 : 21_600 } })),
  ruleCase(asyncEventAgeRange, 'an event age of 30 s', (b, broken) => void b.fn('notify', { asyncInvoke: { maximumEventAgeInSeconds: broken ? 30 : 60 } })),
  ruleCase(destinationsNeedAsync, 'destinations on a function behind an API', (b, broken) => {
    b.edge(b.node('api-gateway-http', 'api'), b.fn('orders'), 'invoke-sync');
    b.edge('orders', b.node('sqs-queue', 'done'), 'on-success');
    if (!broken) b.edge(b.node('eventbridge-rule', 'nightly'), 'orders', 'invoke-async');
  }),
  ruleCase(destinationsNeedAsync, 'an on-failure destination on a queue worker', (b, broken) => {
    b.edge(b.node(broken ? 'sqs-queue' : 'kinesis-stream', 'source'), b.fn('worker'), 'event-source-mapping');
    b.edge('worker', b.node('sqs-queue', 'failed'), 'on-failure');
  }),
  ruleCase(deadLetterWithQueueTrigger, 'a function DLQ behind an SQS trigger', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping');
    b.node('sqs-queue', 'jobs-dlq');
    if (broken) b.edge('worker', 'jobs-dlq', 'dead-letter');
    else b.edge('jobs', 'jobs-dlq', 'dead-letter');
  }),
  ruleCase(asyncFailurePath, 'an S3 trigger without failure handling', (b, broken) => {
    b.edge(b.node('s3-bucket', 'uploads', { versioning: true }), b.fn('resize'), 'invoke-async');
    if (!broken) b.edge('resize', b.node('sqs-queue', 'failed'), 'on-failure');
  }),
  ruleCase(preferOnFailureDestination, 'a dead-letter queue without an on-failure destination', (b, broken) => {
    b.edge(b.node('sns-topic', 'orders'), b.fn('notify'), 'invoke-async');
    b.edge('notify', b.node('sqs-queue', 'failed'), broken ? 'dead-letter' : 'on-failure');
  }),
  ruleCase(fifoTopicFunctionSubscription, 'a FIFO topic invoking a function', (b, broken) => {
    b.edge(b.node('sns-topic', 'payments', { fifo: broken }), b.fn('ledger'), 'invoke-async');
  }),
  ruleCase(bucketTriggerVersioning, 'an unversioned trigger bucket', (b, broken) => {
    b.edge(b.node('s3-bucket', 'uploads', { versioning: !broken }), b.fn('resize'), 'invoke-async');
  }),
];
