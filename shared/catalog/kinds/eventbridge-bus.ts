import { z } from 'zod';
import { defineKind } from '../define-kind';
import { textField } from '../fields';
import { sizedTrafficGroup } from '../traffic';

export const eventbridgeBus = defineKind({
  id: 'eventbridge-bus',
  label: 'EventBridge event bus',
  categories: ['destination', 'trigger'],
  icon: 'resource/AmazonEventBridgeCustomEventBus.svg',
  description: 'Event router; a destination for function results and the home of rules.',
  defaultName: 'Event bus',
  config: z.object({
    description: textField('', { description: 'What flows on this bus.' }),
    traffic: sizedTrafficGroup('events', 'Custom events put on the bus from outside the design; what drawn functions put is added.', 'Average event size; EventBridge bills each 64 KB chunk as one event.'),
  }),
  cfnTypes: ['AWS::Events::EventBus'],
  connections: [{ to: ['eventbridge-rule'], meaning: 'subscription', label: 'Rule on this bus' }],
});
