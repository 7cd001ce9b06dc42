import { z } from 'zod';
import { defineKind } from '../define-kind';
import { boolField, optionalIntField, textField } from '../fields';

export const secret = defineKind({
  id: 'secret',
  label: 'Secrets Manager secret',
  categories: ['data'],
  icon: 'architecture-service/AWSSecretsManager.svg',
  description: 'Encrypted credential, read at run time instead of living in environment variables.',
  defaultName: 'Secret',
  config: z.object({
    description: textField('', { description: 'What the secret holds.' }),
    generatePassword: boolField(true, { description: 'Generate a random value on creation.' }),
    rotationDays: optionalIntField({ description: 'Rotate the secret every this many days.', unit: 'days' }),
  }),
  cfnTypes: ['AWS::SecretsManager::Secret'],
  connections: [],
});
