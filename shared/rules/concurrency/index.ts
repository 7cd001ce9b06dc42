import type { RuleDefinition } from '../define-rule';
import { expectedConcurrency } from './expected-concurrency';
import { provisionedExceedsReserved } from './provisioned-exceeds-reserved';
import { provisionedNeedsAlias } from './provisioned-needs-alias';
import { reservationStarvesOthers } from './reservation-starves-others';
import { reservedZero } from './reserved-zero';
import { unreservedConcurrency } from './unreserved-concurrency';

/** The concurrency rules, by id. */
export const CONCURRENCY_RULES: readonly RuleDefinition[] = [
  unreservedConcurrency,
  provisionedExceedsReserved,
  provisionedNeedsAlias,
  reservedZero,
  expectedConcurrency,
  reservationStarvesOthers,
];
