import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, intField, textField } from '../fields';

export const eventbridgeSchedule = defineKind({
  id: 'eventbridge-schedule',
  label: 'EventBridge schedule',
  categories: ['trigger'],
  icon: 'resource/AmazonEventBridgeScheduler.svg',
  description: 'Cron or rate schedule: the serverless cron job.',
  defaultName: 'Schedule',
  config: z.object({
    scheduleExpression: textField('rate(5 minutes)', { description: 'rate(...), cron(...) or at(...).' }),
    timezone: textField('UTC', { description: 'Time zone of cron expressions (Scheduler only).' }),
    flexibleWindowMinutes: intField(0, { description: 'Let the invocation drift within this window; 0 is exact.', unit: 'min', range: [0, 1440] }),
    engine: enumField(['scheduler', 'events-rule'], 'scheduler', { description: 'EventBridge Scheduler (SAM ScheduleV2) or a scheduled rule (SAM Schedule).' }),
  }),
  cfnTypes: ['AWS::Scheduler::Schedule'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-async' }],
});
