import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField } from '../fields';

export const natGateway = defineKind({
  id: 'nat-gateway',
  label: 'NAT gateway',
  categories: ['network'],
  icon: 'resource/AmazonVPCNATGateway.svg',
  description: 'Lets private subnets reach the internet; lives in a public subnet.',
  defaultName: 'NAT gateway',
  config: z.object({
    connectivity: enumField(['public', 'private'], 'public', { description: 'Public NAT needs an Elastic IP and a public subnet.' }),
  }),
  parents: ['subnet'],
  cfnTypes: ['AWS::EC2::NatGateway'],
  connections: [],
});
