import { z } from 'zod';
import { StreamMappingConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, enumField, optionalTextField, textField } from '../fields';
import { trafficGroup } from '../traffic';

export const dynamodbTable = defineKind({
  id: 'dynamodb-table',
  label: 'DynamoDB table',
  categories: ['data', 'trigger'],
  icon: 'architecture-service/AmazonDynamoDB.svg',
  description: 'Key-value table; its stream can trigger functions.',
  defaultName: 'Table',
  config: z.object({
    partitionKey: textField('id', { description: 'Partition key attribute.' }),
    partitionKeyType: enumField(['S', 'N', 'B'], 'S', { description: 'Partition key type: string, number or binary.' }),
    sortKey: optionalTextField({ description: 'Sort key attribute, if any.' }),
    billingMode: enumField(['PAY_PER_REQUEST', 'PROVISIONED'], 'PAY_PER_REQUEST', { description: 'On-demand or provisioned capacity.' }),
    streamEnabled: boolField(false, { description: 'Publish item changes to a stream.' }),
    streamViewType: enumField(['NEW_AND_OLD_IMAGES', 'NEW_IMAGE', 'OLD_IMAGE', 'KEYS_ONLY'], 'NEW_AND_OLD_IMAGES', { description: 'What each stream record holds.' }),
    traffic: trafficGroup('item changes', 'Writes that change items (one stream record each) from outside the design; writes by drawn functions are added.'),
  }),
  cfnTypes: ['AWS::DynamoDB::Table', 'AWS::Serverless::SimpleTable'],
  connections: [{ to: ['lambda-function'], meaning: 'event-source-mapping', label: 'Stream', config: StreamMappingConfig }],
});
