import type { RuleDefinition } from '../define-rule';
import { templateOutputs } from './template-outputs';
import { templateParameters } from './template-parameters';
import { templateResources } from './template-resources';

/** The template rules, by id. */
export const TEMPLATE_RULES: readonly RuleDefinition[] = [
  templateResources,
  templateOutputs,
  templateParameters,
];
