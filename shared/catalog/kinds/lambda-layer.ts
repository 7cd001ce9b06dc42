import { z } from 'zod';
import { defineKind } from '../define-kind';
import { listField, optionalIntField, textField } from '../fields';
import { RUNTIME_IDS } from '../runtimes';

export const lambdaLayer = defineKind({
  id: 'lambda-layer',
  label: 'Lambda layer',
  categories: ['compute'],
  icon: 'resource/AWSLambdaLambdaFunction.svg',
  description: 'Shared libraries or a custom runtime, loaded into /opt.',
  defaultName: 'Layer',
  config: z.object({
    description: textField('', { description: 'What the layer holds.' }),
    contentUri: textField('layer/', { description: 'Where the layer content is, relative to the template.' }),
    compatibleRuntimes: listField(['nodejs24.x'], { description: 'Runtimes the layer works with.', options: RUNTIME_IDS }),
    compatibleArchitectures: listField(['x86_64'], { description: 'Instruction sets the layer works with.', options: ['x86_64', 'arm64'] }),
    unzippedMB: optionalIntField({ description: 'Unzipped size, counted in the function’s 250 MB.', unit: 'MB' }),
  }),
  cfnTypes: ['AWS::Serverless::LayerVersion', 'AWS::Lambda::LayerVersion'],
  connections: [{ to: ['lambda-function'], meaning: 'uses-layer' }],
});
