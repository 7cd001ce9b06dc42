import { CONCURRENCY_RULES } from './concurrency';
import type { RuleDefinition } from './define-rule';
import { DEPLOYMENT_RULES } from './deployment';
import { EDGE_RULES } from './edge';
import { FRONTS_RULES } from './fronts';
import { FUNCTION_RULES } from './function';
import { INVOCATION_RULES } from './invocation';
import { LOOPS_RULES } from './loops';
import { OPERATIONS_RULES } from './operations';
import { SECURITY_RULES } from './security';
import { SQS_RULES } from './sqs';
import { STREAMS_RULES } from './streams';
import { TEMPLATE_RULES } from './template';
import { VPC_RULES } from './vpc';
import { byId } from '../model/compare-text';

/**
 * Every rule, sorted by id. Adding a rule means one file and one line in its area's index.ts.
 * Ids are letters and digits: compared as code units, not with localeCompare, whose first call costs
 * several milliseconds of every CLI start.
 */
export const RULES: readonly RuleDefinition[] = [
  ...CONCURRENCY_RULES, ...DEPLOYMENT_RULES, ...EDGE_RULES, ...FRONTS_RULES, ...FUNCTION_RULES, ...INVOCATION_RULES,
  ...LOOPS_RULES, ...OPERATIONS_RULES, ...SECURITY_RULES, ...SQS_RULES, ...STREAMS_RULES, ...TEMPLATE_RULES, ...VPC_RULES,
].sort(byId);

export function ruleById(id: string): RuleDefinition | undefined {
  return RULES.find((rule) => rule.id === id);
}
