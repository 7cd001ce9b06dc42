import { z } from 'zod';
import { S3NotificationConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, optionalIntField } from '../fields';

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
  }),
  cfnTypes: ['AWS::S3::Bucket'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-async', label: 'Object events', config: S3NotificationConfig }],
});
