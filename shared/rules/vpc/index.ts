import type { RuleDefinition } from '../define-rule';

/** The vpc rules, by id. */
export const VPC_RULES: readonly RuleDefinition[] = [
];
