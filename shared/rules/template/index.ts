import type { RuleDefinition } from '../define-rule';

/** The template rules, by id. */
export const TEMPLATE_RULES: readonly RuleDefinition[] = [
];
