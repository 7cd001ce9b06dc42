import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, textField } from '../fields';
import { workflowTrafficGroup } from '../traffic';

export const stepFunctions = defineKind({
  id: 'step-functions',
  label: 'Step Functions state machine',
  categories: ['trigger'],
  icon: 'architecture-service/AWSStepFunctions.svg',
  description: 'Workflow that invokes functions step by step and waits for each.',
  defaultName: 'State machine',
  config: z.object({
    type: enumField(['STANDARD', 'EXPRESS'], 'STANDARD', { description: 'Standard (long, exactly-once) or Express (short, high volume).' }),
    definition: textField('', { description: 'Amazon States Language definition (JSON); generated from the connections when empty.', editor: 'json' }),
    traffic: workflowTrafficGroup(),
  }),
  cfnTypes: ['AWS::Serverless::StateMachine', 'AWS::StepFunctions::StateMachine'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-sync', label: 'Task invokes' }],
});
