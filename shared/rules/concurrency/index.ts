import type { RuleDefinition } from '../define-rule';
import { provisionedExceedsReserved } from './provisioned-exceeds-reserved';
import { provisionedNeedsAlias } from './provisioned-needs-alias';
import { reservedZero } from './reserved-zero';
import { unreservedConcurrency } from './unreserved-concurrency';

/** The concurrency rules, by id. */
export const CONCURRENCY_RULES: readonly RuleDefinition[] = [
  unreservedConcurrency,
  provisionedExceedsReserved,
  provisionedNeedsAlias,
  reservedZero,
];
