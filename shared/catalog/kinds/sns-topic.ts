import { z } from 'zod';
import { SnsSubscriptionConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField } from '../fields';
import { sizedTrafficGroup } from '../traffic';

export const snsTopic = defineKind({
  id: 'sns-topic',
  label: 'SNS topic',
  categories: ['trigger', 'destination'],
  icon: 'architecture-service/AmazonSimpleNotificationService.svg',
  description: 'Pub/sub fan-out; subscribed functions are invoked asynchronously.',
  defaultName: 'Topic',
  config: z.object({
    fifo: boolField(false, { description: 'FIFO topic: ordered, deduplicated, SQS subscribers only.' }),
    traffic: sizedTrafficGroup('messages', 'Messages published from outside the design; what drawn functions publish is added. Every subscriber gets each one.', 'Average message size; SNS bills each 64 KB chunk as one publish.'),
  }),
  cfnTypes: ['AWS::SNS::Topic'],
  connections: [
    { to: ['lambda-function'], meaning: 'invoke-async', label: 'Subscription', config: SnsSubscriptionConfig },
    { to: ['sqs-queue'], meaning: 'subscription', config: SnsSubscriptionConfig },
  ],
});
