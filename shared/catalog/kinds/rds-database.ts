import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, enumField, intField, textField } from '../fields';

export const rdsDatabase = defineKind({
  id: 'rds-database',
  label: 'RDS database / Aurora cluster',
  categories: ['data'],
  icon: 'architecture-service/AmazonRDS.svg',
  description: 'Relational database in the VPC; reach it from Lambda through RDS Proxy.',
  defaultName: 'Database',
  config: z.object({
    engine: enumField(['aurora-postgresql', 'aurora-mysql', 'postgres', 'mysql', 'mariadb'], 'aurora-postgresql', { description: 'Database engine; aurora-* creates a cluster.' }),
    instanceClass: textField('db.t4g.medium', { description: 'Instance class.' }),
    allocatedStorageGB: intField(20, { description: 'Storage (RDS instances only).', unit: 'GB', range: [20, 65536] }),
    multiAz: boolField(false, { description: 'Standby in a second availability zone.' }),
    databaseName: textField('app', { description: 'Name of the initial database.' }),
  }),
  parents: ['subnet', 'vpc'],
  cfnTypes: ['AWS::RDS::DBCluster', 'AWS::RDS::DBInstance'],
  connections: [{ to: ['security-group'], meaning: 'network-attach' }],
});
