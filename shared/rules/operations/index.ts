import type { RuleDefinition } from '../define-rule';
import { logRetentionMissing } from './log-retention-missing';
import { logRetentionValue } from './log-retention-value';
import { tracingSharedRole } from './tracing-shared-role';
import { unconnectedFunction } from './unconnected-function';

/** The operations rules, by id. */
export const OPERATIONS_RULES: readonly RuleDefinition[] = [
  logRetentionMissing,
  logRetentionValue,
  tracingSharedRole,
  unconnectedFunction,
];
