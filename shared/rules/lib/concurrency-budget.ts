import { type ConcurrencyBudget, computeConcurrencyBudget } from '../../cost/concurrency-budget';
import { computeFunctionTraffic } from '../../cost/traffic-flow';
import type { DesignIndex } from '../design-index';
import { sharedComputation } from '../incremental/read-tracking';

const budgets = sharedComputation<DesignIndex, ConcurrencyBudget>();

/** The concurrency budget of the design at its stated traffic (no what-if scale), computed once per validation. */
export function concurrencyBudgetOf(index: DesignIndex): ConcurrencyBudget {
  return budgets(index, () => computeConcurrencyBudget(index, computeFunctionTraffic(index)));
}
