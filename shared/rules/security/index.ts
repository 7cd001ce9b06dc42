import type { RuleDefinition } from '../define-rule';

/** The security rules, by id. */
export const SECURITY_RULES: readonly RuleDefinition[] = [
];
