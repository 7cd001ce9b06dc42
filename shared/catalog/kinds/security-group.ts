import { z } from 'zod';
import { defineKind } from '../define-kind';
import { listField, textField } from '../fields';

export const securityGroup = defineKind({
  id: 'security-group',
  label: 'Security group',
  categories: ['network'],
  icon: 'resource/Shield.svg',
  description: 'Stateful firewall around ENIs of functions, databases and endpoints.',
  defaultName: 'Security group',
  config: z.object({
    description: textField('Lambda functions', { description: 'What the group protects.' }),
    ingress: listField([], { description: 'Inbound rules, "protocol port source" (e.g. "tcp 5432 10.0.0.0/16").' }),
    egress: listField(['-1 all 0.0.0.0/0'], { description: 'Outbound rules, "protocol port destination".' }),
  }),
  parents: ['vpc'],
  cfnTypes: ['AWS::EC2::SecurityGroup'],
  connections: [],
});
