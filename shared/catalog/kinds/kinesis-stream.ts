import { z } from 'zod';
import { StreamMappingConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField, intField } from '../fields';
import { sizedTrafficGroup } from '../traffic';

export const kinesisStream = defineKind({
  id: 'kinesis-stream',
  label: 'Kinesis data stream',
  categories: ['trigger', 'data'],
  icon: 'architecture-service/AmazonKinesisDataStreams.svg',
  description: 'Ordered records in shards; Lambda reads each shard in batches.',
  defaultName: 'Stream',
  config: z.object({
    streamMode: enumField(['PROVISIONED', 'ON_DEMAND'], 'PROVISIONED', { description: 'Fixed shards or automatic capacity.' }),
    shardCount: intField(1, { description: 'Shards (provisioned mode).', range: [1, 10000] }),
    retentionPeriodHours: intField(24, { description: 'How long records are kept.', unit: 'h', range: [24, 8760] }),
    traffic: sizedTrafficGroup('records', 'Records put from outside the design; what drawn functions put is added.', 'Average record size; Kinesis bills PUT payload units of 25 KB.'),
  }),
  cfnTypes: ['AWS::Kinesis::Stream'],
  connections: [{ to: ['lambda-function'], meaning: 'event-source-mapping', config: StreamMappingConfig }],
});
