import { useDeferredValue } from 'react';
import { type CostEstimate, estimateCost } from '../../shared/cost';
import type { Design } from '../../shared/model/design';
import { useDesigner } from './store';
import { useUi } from './ui-store';

let last: { design: Design; freeTier: boolean; scale: number; estimate: CostEstimate } | null = null;

/** The estimate of a design under the panel's free-tier and what-if settings, computed once per change. */
export function estimateFor(design: Design, freeTier: boolean, scale: number): CostEstimate {
  if (last?.design !== design || last.freeTier !== freeTier || last.scale !== scale) {
    last = { design, freeTier, scale, estimate: estimateCost(design, { freeTier, trafficScale: scale }) };
  }
  return last.estimate;
}

/** Deferred like the findings, so edits never wait for the estimate. */
export function useCostEstimate(): CostEstimate {
  const design = useDeferredValue(useDesigner((s) => s.design));
  const freeTier = useUi((s) => s.costFreeTier);
  const scale = useUi((s) => s.costScale);
  return estimateFor(design, freeTier, scale);
}
