import type { RuleDefinition } from '../define-rule';

/** The deployment rules, by id. */
export const DEPLOYMENT_RULES: readonly RuleDefinition[] = [
];
