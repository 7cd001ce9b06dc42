import { z } from 'zod';
import { CognitoTriggerConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField } from '../fields';
import { trafficGroup } from '../traffic';

export const cognitoUserPool = defineKind({
  id: 'cognito-user-pool',
  label: 'Cognito user pool',
  categories: ['trigger'],
  icon: 'architecture-service/AmazonCognito.svg',
  description: 'User directory; its triggers call functions synchronously (5 s to answer).',
  defaultName: 'User pool',
  config: z.object({
    mfa: enumField(['OFF', 'OPTIONAL', 'ON'], 'OFF', { description: 'Multi-factor authentication.' }),
    usernameAttribute: enumField(['email', 'phone_number', 'username'], 'email', { description: 'What users sign in with.' }),
    traffic: trafficGroup('sign-ups and sign-ins', 'User pool events that run the triggers.'),
  }),
  cfnTypes: ['AWS::Cognito::UserPool'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-sync', label: 'User pool trigger', config: CognitoTriggerConfig }],
});
