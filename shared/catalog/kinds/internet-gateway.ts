import { z } from 'zod';
import { defineKind } from '../define-kind';

export const internetGateway = defineKind({
  id: 'internet-gateway',
  label: 'Internet gateway',
  categories: ['network'],
  icon: 'resource/AmazonVPCInternetGateway.svg',
  description: 'The VPC’s door to the internet, for public subnets.',
  defaultName: 'Internet gateway',
  config: z.object({}),
  parents: ['vpc'],
  cfnTypes: ['AWS::EC2::InternetGateway'],
  connections: [],
});
