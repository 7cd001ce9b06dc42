import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, enumField, intField } from '../fields';

export const rdsProxy = defineKind({
  id: 'rds-proxy',
  label: 'RDS Proxy',
  categories: ['data'],
  icon: 'resource/AmazonRDSProxyInstance.svg',
  description: 'Connection pool in front of RDS, so many functions share few connections.',
  defaultName: 'DB proxy',
  config: z.object({
    engineFamily: enumField(['POSTGRESQL', 'MYSQL'], 'POSTGRESQL', { description: 'Engine family of the target database.' }),
    requireTls: boolField(true, { description: 'Require TLS from clients.' }),
    idleClientTimeout: intField(1800, { description: 'Close idle client connections after this long.', unit: 's', range: [1, 28800] }),
    iamAuth: boolField(true, { description: 'Functions authenticate with IAM rather than passwords.' }),
  }),
  parents: ['vpc', 'subnet'],
  cfnTypes: ['AWS::RDS::DBProxy'],
  connections: [
    { to: ['rds-database'], meaning: 'proxy-target' },
    { to: ['security-group'], meaning: 'network-attach' },
  ],
});
