import type { RuleDefinition } from '../define-rule';

/** The edge rules, by id. */
export const EDGE_RULES: readonly RuleDefinition[] = [
];
