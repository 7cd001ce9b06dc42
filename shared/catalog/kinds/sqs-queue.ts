import { z } from 'zod';
import { RedriveConfig, SqsMappingConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, intField } from '../fields';
import { queueTrafficGroup } from '../traffic';

export const sqsQueue = defineKind({
  id: 'sqs-queue',
  label: 'SQS queue',
  categories: ['trigger', 'destination'],
  icon: 'architecture-service/AmazonSimpleQueueService.svg',
  description: 'Message queue, standard or FIFO; Lambda polls it in batches.',
  defaultName: 'Queue',
  config: z.object({
    fifo: boolField(false, { description: 'FIFO queue: ordered per message group, exactly-once.' }),
    contentBasedDeduplication: boolField(false, { description: 'FIFO only: deduplicate by message body.' }),
    visibilityTimeout: intField(30, { description: 'How long a received message stays hidden.', unit: 's', range: [0, 43200] }),
    messageRetentionPeriod: intField(345600, { description: 'How long a message is kept.', unit: 's', range: [60, 1209600] }),
    receiveMessageWaitTime: intField(0, { description: 'Long polling wait.', unit: 's', range: [0, 20] }),
    delaySeconds: intField(0, { description: 'Delay before a new message is visible.', unit: 's', range: [0, 900] }),
    traffic: queueTrafficGroup(),
  }),
  cfnTypes: ['AWS::SQS::Queue'],
  connections: [
    { to: ['lambda-function'], meaning: 'event-source-mapping', config: SqsMappingConfig },
    { to: ['sqs-queue'], meaning: 'dead-letter', label: 'Redrive to (DLQ)', config: RedriveConfig },
  ],
});
