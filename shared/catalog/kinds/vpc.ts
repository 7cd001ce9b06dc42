import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, textField } from '../fields';

export const vpc = defineKind({
  id: 'vpc',
  label: 'VPC',
  categories: ['network'],
  icon: 'architecture-group/VirtualprivatecloudVPC.svg',
  description: 'Private network; holds subnets, gateways, endpoints and security groups.',
  defaultName: 'VPC',
  config: z.object({
    cidr: textField('10.0.0.0/16', { description: 'Address range of the VPC.' }),
    enableDnsSupport: boolField(true, { description: 'DNS resolution inside the VPC.' }),
    enableDnsHostnames: boolField(true, { description: 'DNS host names (needed by interface endpoints with private DNS).' }),
  }),
  container: { defaultSize: { width: 720, height: 420 } },
  cfnTypes: ['AWS::EC2::VPC'],
  connections: [],
});
