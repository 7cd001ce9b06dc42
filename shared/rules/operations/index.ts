import type { RuleDefinition } from '../define-rule';

/** The operations rules, by id. */
export const OPERATIONS_RULES: readonly RuleDefinition[] = [
];
