import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, textField } from '../fields';
import { trafficGroup } from '../traffic';

export const eventbridgeRule = defineKind({
  id: 'eventbridge-rule',
  label: 'EventBridge rule',
  categories: ['trigger'],
  icon: 'resource/AmazonEventBridgeRule.svg',
  description: 'Matches events on a bus and invokes targets asynchronously.',
  defaultName: 'Rule',
  config: z.object({
    eventPattern: textField('{\n  "source": ["my.application"]\n}', { description: 'Event pattern (JSON) the rule matches.', editor: 'json' }),
    state: enumField(['ENABLED', 'DISABLED'], 'ENABLED', { description: 'Whether the rule fires.' }),
    traffic: trafficGroup('matched events', 'Events this rule matches. Empty: every event of its bus is assumed to match.'),
  }),
  cfnTypes: ['AWS::Events::Rule'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-async' }],
});
