import type { RuleDefinition } from '../define-rule';
import { plaintextSecrets } from './plaintext-secrets';
import { sharedExecutionRole } from './shared-execution-role';
import { statementFormat } from './statement-format';
import { wildcardPermissions } from './wildcard-permissions';

/** The security rules, by id. */
export const SECURITY_RULES: readonly RuleDefinition[] = [
  plaintextSecrets,
  wildcardPermissions,
  statementFormat,
  sharedExecutionRole,
];
