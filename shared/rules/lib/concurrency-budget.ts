import { type ConcurrencyBudget, computeConcurrencyBudget } from '../../cost/concurrency-budget';
import { computeTrafficFlow } from '../../cost/traffic-flow';
import type { DesignIndex } from '../design-index';

const budgets = new WeakMap<DesignIndex, ConcurrencyBudget>();

/** The concurrency budget of the design at its stated traffic (no what-if scale), computed once per validation. */
export function concurrencyBudgetOf(index: DesignIndex): ConcurrencyBudget {
  const known = budgets.get(index);
  if (known) return known;
  const budget = computeConcurrencyBudget(index, computeTrafficFlow(index, 1));
  budgets.set(index, budget);
  return budget;
}
