import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, enumField, textField } from '../fields';

export const VPC_ENDPOINT_SERVICES = [
  's3', 'dynamodb', 'secretsmanager', 'ssm', 'sqs', 'sns', 'kinesis-streams', 'events', 'states', 'lambda', 'logs', 'sts', 'kms', 'ecr.api', 'ecr.dkr', 'xray', 'rds',
] as const;

export const vpcEndpoint = defineKind({
  id: 'vpc-endpoint',
  label: 'VPC endpoint',
  categories: ['network'],
  icon: 'resource/AmazonVPCEndpoints.svg',
  description: 'Private route to an AWS service without the internet (gateway: S3, DynamoDB).',
  defaultName: 'Endpoint',
  config: z.object({
    endpointType: enumField(['Gateway', 'Interface'], 'Gateway', { description: 'Gateway endpoints (S3, DynamoDB) are free; interface endpoints put ENIs in subnets.' }),
    service: textField('s3', { description: 'AWS service short name.', options: VPC_ENDPOINT_SERVICES }),
    privateDns: boolField(true, { description: 'Interface endpoints: answer the service’s public DNS name.' }),
  }),
  parents: ['vpc'],
  cfnTypes: ['AWS::EC2::VPCEndpoint'],
  connections: [{ to: ['security-group'], meaning: 'network-attach' }],
});
