import { z } from 'zod';
import { defineKind } from '../define-kind';
import { textField } from '../fields';

export const eventbridgeBus = defineKind({
  id: 'eventbridge-bus',
  label: 'EventBridge event bus',
  categories: ['destination', 'trigger'],
  icon: 'resource/AmazonEventBridgeCustomEventBus.svg',
  description: 'Event router; a destination for function results and the home of rules.',
  defaultName: 'Event bus',
  config: z.object({
    description: textField('', { description: 'What flows on this bus.' }),
  }),
  cfnTypes: ['AWS::Events::EventBus'],
  connections: [{ to: ['eventbridge-rule'], meaning: 'subscription', label: 'Rule on this bus' }],
});
