import type { RuleDefinition } from '../define-rule';
import { invocationCycle } from './invocation-cycle';
import { selfInvocation } from './self-invocation';
import { writeBackLoop } from './write-back-loop';

/** The loops rules, by id. */
export const LOOPS_RULES: readonly RuleDefinition[] = [
  writeBackLoop,
  selfInvocation,
  invocationCycle,
];
