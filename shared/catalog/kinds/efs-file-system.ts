import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, enumField } from '../fields';

export const efsFileSystem = defineKind({
  id: 'efs-file-system',
  label: 'EFS file system',
  categories: ['data'],
  icon: 'architecture-service/AmazonEFS.svg',
  description: 'Shared file system; functions mount it through an access point inside the VPC.',
  defaultName: 'File system',
  config: z.object({
    performanceMode: enumField(['generalPurpose', 'maxIO'], 'generalPurpose', { description: 'Latency or throughput first.' }),
    throughputMode: enumField(['elastic', 'bursting', 'provisioned'], 'elastic', { description: 'How throughput scales.' }),
    encrypted: boolField(true, { description: 'Encrypt data at rest.' }),
  }),
  parents: ['vpc'],
  cfnTypes: ['AWS::EFS::FileSystem'],
  connections: [{ to: ['security-group'], meaning: 'network-attach' }],
});
