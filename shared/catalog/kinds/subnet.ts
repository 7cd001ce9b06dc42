import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, textField } from '../fields';

export const subnet = defineKind({
  id: 'subnet',
  label: 'Subnet',
  categories: ['network'],
  icon: 'architecture-group/Privatesubnet.svg',
  description: 'Address range in one availability zone, public (internet gateway route) or private.',
  defaultName: 'Subnet',
  config: z.object({
    visibility: enumField(['private', 'public'], 'private', { description: 'Public subnets route to an internet gateway.' }),
    availabilityZone: textField('us-east-1a', { description: 'Availability zone.' }),
    cidr: textField('10.0.1.0/24', { description: 'Address range inside the VPC.' }),
  }),
  parents: ['vpc'],
  container: { defaultSize: { width: 300, height: 200 } },
  cfnTypes: ['AWS::EC2::Subnet'],
  connections: [{ to: ['nat-gateway', 'internet-gateway', 'vpc-endpoint'], meaning: 'route' }],
});
