import { assembleBudget, type ConcurrencyBudget, computeConcurrencyBudget, type FunctionDraft, functionDraft } from '../../cost/concurrency-budget';
import { computeTrafficFlow, createFlowComputation } from '../../cost/traffic-flow';
import type { Design } from '../../model/design';
import type { DesignIndex } from '../design-index';
import { changedReads } from '../incremental/design-changes';
import { charged, type Computed, computed, isRecording, type Read, sharedComputation } from '../incremental/read-tracking';
import { untracked } from '../incremental/tracked-design';

const budgets = sharedComputation<DesignIndex, ConcurrencyBudget>();

/**
 * Each function's draft from the last budget worked out while reads were recorded, with what it read
 * (the function, and everything upstream of it), and the design it was worked out on. The next budget
 * takes again every draft whose reads the design's changes since then leave alone: removing a queue
 * works out again only the functions it fed.
 */
let remembered: { design: Design; drafts: Map<string, Computed<FunctionDraft>> } | undefined;
let workedOut = 0;

/** How many functions' drafts the last budget worked out again (the others it took from the one before); for tests. */
export function draftsWorkedOut(): number {
  return workedOut;
}

/** The concurrency budget of the design at its stated traffic (no what-if scale), computed once per validation. */
export function concurrencyBudgetOf(index: DesignIndex): ConcurrencyBudget {
  return budgets(index, () => (isRecording() ? budgetAlongEdits(index) : computeConcurrencyBudget(index, computeTrafficFlow(index, 1))));
}

function budgetAlongEdits(index: DesignIndex): ConcurrencyBudget {
  const design = untracked(index.design);
  const earlier = remembered;
  const changed = earlier ? changedReads(earlier.design, design) : undefined;
  const flow = createFlowComputation(index, 1);
  const drafts = new Map<string, Computed<FunctionDraft>>();
  workedOut = 0;
  for (const fn of index.functions) {
    const kept = earlier?.drafts.get(fn.id);
    if (kept && changed && !touches(changed, kept.reads)) {
      drafts.set(fn.id, kept);
      continue;
    }
    workedOut++;
    drafts.set(fn.id, computed(() => functionDraft(index, fn, flow.invocationsOf(fn.id))));
  }
  // Without a loop, where the flow starts does not change what it finds; with one, the design's order decides where it is cut.
  if (flow.loopsCut()) {
    remembered = undefined;
    return computeConcurrencyBudget(index, computeTrafficFlow(index, 1));
  }
  remembered = { design, drafts };
  return assembleBudget(index, [...drafts.values()].map(charged));
}

function touches(changed: ReadonlySet<Read>, reads: ReadonlySet<Read> | undefined): boolean {
  if (!reads) return true;
  for (const read of changed) if (reads.has(read)) return true;
  return false;
}
