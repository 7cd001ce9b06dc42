import { z } from 'zod';
import { LogsSubscriptionConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { intField, optionalTextField } from '../fields';
import { trafficGroup } from '../traffic';

export const logGroup = defineKind({
  id: 'log-group',
  label: 'CloudWatch Logs log group',
  categories: ['trigger'],
  icon: 'resource/AmazonCloudWatchLogs.svg',
  description: 'Log events; a subscription filter streams them to a function.',
  defaultName: 'Log group',
  config: z.object({
    logGroupName: optionalTextField({ description: 'Name of the log group; generated when empty.' }),
    retentionInDays: intField(30, { description: 'How long events are kept.', unit: 'days' }),
    traffic: trafficGroup('deliveries', 'Batches of log events the subscription filter delivers (one invocation each).'),
  }),
  cfnTypes: ['AWS::Logs::LogGroup'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-async', label: 'Subscription filter', config: LogsSubscriptionConfig }],
});
