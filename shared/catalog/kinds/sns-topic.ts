import { z } from 'zod';
import { SnsSubscriptionConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField } from '../fields';

export const snsTopic = defineKind({
  id: 'sns-topic',
  label: 'SNS topic',
  categories: ['trigger', 'destination'],
  icon: 'architecture-service/AmazonSimpleNotificationService.svg',
  description: 'Pub/sub fan-out; subscribed functions are invoked asynchronously.',
  defaultName: 'Topic',
  config: z.object({
    fifo: boolField(false, { description: 'FIFO topic: ordered, deduplicated, SQS subscribers only.' }),
  }),
  cfnTypes: ['AWS::SNS::Topic'],
  connections: [
    { to: ['lambda-function'], meaning: 'invoke-async', label: 'Subscription', config: SnsSubscriptionConfig },
    { to: ['sqs-queue'], meaning: 'subscription', config: SnsSubscriptionConfig },
  ],
});
