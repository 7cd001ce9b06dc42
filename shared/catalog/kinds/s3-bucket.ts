import { z } from 'zod';
import { S3NotificationConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, optionalIntField } from '../fields';
import { trafficGroup } from '../traffic';

export const s3Bucket = defineKind({
  id: 's3-bucket',
  label: 'S3 bucket',
  categories: ['trigger', 'data'],
  icon: 'architecture-service/AmazonSimpleStorageService.svg',
  description: 'Object storage; object events invoke functions asynchronously.',
  defaultName: 'Bucket',
  config: z.object({
    versioning: boolField(false, { description: 'Keep every version of every object.' }),
    eventBridge: boolField(false, { description: 'Also send object events to EventBridge.' }),
    expireAfterDays: optionalIntField({ description: 'Delete objects after this many days.', unit: 'days' }),
    traffic: trafficGroup('object events', 'Uploads and deletes matching the notifications, from outside the design; objects drawn functions write are added.'),
  }),
  cfnTypes: ['AWS::S3::Bucket'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-async', label: 'Object events', config: S3NotificationConfig }],
});
