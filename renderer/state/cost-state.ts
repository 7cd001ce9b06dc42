import { useEffect, useMemo } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { type CostEstimate, estimateCost, formatUsd } from '../../shared/cost';
import type { Design } from '../../shared/model/design';
import { ignoringLayout } from '../../shared/model/layout-only';
import { useCheckedDesign } from './checked-design';
import { useUi } from './ui-store';

/**
 * The estimate of a design under the panel's free-tier and what-if settings, computed once per change
 * that is more than a move or a resize.
 */
export const estimateFor = ignoringLayout((design: Design, freeTier: boolean, scale: number): CostEstimate => estimateCost(design, { freeTier, trafficScale: scale }));

/** Deferred like the findings, so edits never wait for the estimate. */
export function useCostEstimate(): CostEstimate {
  const design = useCheckedDesign();
  const freeTier = useUi((s) => s.costFreeTier);
  const scale = useUi((s) => s.costScale);
  return estimateFor(design, freeTier, scale);
}

export interface NodeCost {
  /** The monthly cost as shown under the component's name. */
  text: string;
  explanation: string;
}

/** Each component's monthly cost worth showing (a cent or more), once the design states traffic. */
export function nodeCostsOf(estimate: CostEstimate): Map<string, NodeCost | null> {
  const costs = new Map<string, NodeCost | null>();
  if (!estimate.trafficStated) return costs;
  for (const line of estimate.lines) {
    // A component's first line is the one its badge shows.
    if (costs.has(line.nodeId)) continue;
    costs.set(line.nodeId, line.monthlyUsd < 0.005 ? null : { text: `${formatUsd(line.monthlyUsd)}/mo`, explanation: line.explanation });
  }
  return costs;
}

const useNodeCosts = create<{ costs: ReadonlyMap<string, NodeCost | null> }>()(() => ({ costs: new Map() }));

/** Publishes the components' costs of each estimate. Called once (by the canvas), like the badges. */
export function usePublishNodeCosts(): void {
  const estimate = useCostEstimate();
  const costs = useMemo(() => nodeCostsOf(estimate), [estimate]);
  useEffect(() => {
    useNodeCosts.setState({ costs });
  }, [costs]);
}

export function useNodeCost(id: string): NodeCost | undefined {
  return useNodeCosts(useShallow((s) => s.costs.get(id) ?? undefined));
}
