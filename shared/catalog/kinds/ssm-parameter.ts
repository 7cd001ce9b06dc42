import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, textField } from '../fields';

export const ssmParameter = defineKind({
  id: 'ssm-parameter',
  label: 'SSM parameter',
  categories: ['data'],
  icon: 'resource/AWSSystemsManagerParameterStore.svg',
  description: 'Configuration value in Parameter Store.',
  defaultName: 'Parameter',
  config: z.object({
    type: enumField(['String', 'StringList'], 'String', { description: 'Parameter type (SecureString cannot be created by CloudFormation).' }),
    value: textField('value', { description: 'Initial value.' }),
    tier: enumField(['Standard', 'Advanced'], 'Standard', { description: 'Standard is free up to 4 KB.' }),
  }),
  cfnTypes: ['AWS::SSM::Parameter'],
  connections: [],
});
