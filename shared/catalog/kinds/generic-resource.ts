import { z } from 'zod';
import { defineKind } from '../define-kind';
import { optionalTextField, textField } from '../fields';

/** Any CloudFormation resource outside the catalog, kept as written so an imported template loses nothing. */
export const genericResource = defineKind({
  id: 'generic-resource',
  label: 'Other resource',
  categories: ['data'],
  icon: 'architecture-service/AWSCloudFormation.svg',
  description: 'A CloudFormation resource of any type, exported exactly as written.',
  defaultName: 'Resource',
  config: z.object({
    type: textField('AWS::CloudFormation::WaitConditionHandle', { description: 'CloudFormation resource type, e.g. AWS::IAM::Role.' }),
    properties: textField('', { description: 'Properties, as YAML (long-form or short-form intrinsics).', editor: 'yaml' }),
    attributes: optionalTextField({ description: 'Resource attributes (DependsOn, Condition, DeletionPolicy, UpdateReplacePolicy, Metadata...), as YAML.', editor: 'yaml' }),
  }),
  cfnTypes: [],
  connections: [],
});
