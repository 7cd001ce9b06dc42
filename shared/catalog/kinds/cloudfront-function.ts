import { z } from 'zod';
import { defineKind } from '../define-kind';
import { enumField, optionalIntField, textField } from '../fields';

export const cloudfrontFunction = defineKind({
  id: 'cloudfront-function',
  label: 'CloudFront Function',
  categories: ['compute'],
  icon: 'resource/AmazonCloudFrontFunctions.svg',
  description: 'Lightweight JavaScript at the edge, viewer events only, under a millisecond.',
  defaultName: 'Edge function',
  config: z.object({
    runtime: enumField(['cloudfront-js-2.0', 'cloudfront-js-1.0'], 'cloudfront-js-2.0', { description: 'JavaScript runtime.' }),
    code: textField('function handler(event) {\n  return event.request;\n}\n', { description: 'Function code (10 KB at most).', editor: 'code' }),
    memoryMB: optionalIntField({ description: 'Memory used, where measured (2 MB at most).', unit: 'MB' }),
  }),
  cfnTypes: ['AWS::CloudFront::Function'],
  connections: [],
});
