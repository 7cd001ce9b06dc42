import { comparePlacements, type Placement } from './context';
import type { ExportedDesign } from './exported-design';
import type { RenderedPart } from './part-checks';
import { recordOf } from './record-of';
import type { CfnResource } from './template-types';
import { sameTemplateValue } from './template-values';

export interface SplicedResources {
  resources: Record<string, CfnResource>;
  /** Resources that are new or changed, and those that went. */
  changed: ReadonlySet<string>;
  removed: ReadonlySet<string>;
  order: readonly string[];
  /** Whether some ids came, went or moved. */
  reordered: boolean;
}

/**
 * The resources after the edit: the previous template's, with those made near the edit (`made`)
 * as the part makes them after it, each where the full export puts it (ordered by group, then owner,
 * then the order they were made in: ExportContext.orderedResources), and the placements of
 * `previous` updated to those after the edit. Undefined (nothing updated) when the order cannot be
 * told: a resource made near the edit shares group and owner with one the part does not make as the
 * full export did.
 */
export function splicedResources(previous: ExportedDesign, after: RenderedPart, made: ReadonlySet<string>): SplicedResources | undefined {
  const { placements } = previous;
  const resources = previous.analysis.template.Resources;
  const now = after.template.Resources;
  const changed = new Set<string>();
  const removed = new Set<string>();
  let reordered = false;
  for (const id of made) {
    const resource = now[id];
    const old = resources[id];
    if (resource === undefined || old === undefined) {
      reordered ||= resource !== old;
      if (resource !== undefined) changed.add(id);
      else if (old !== undefined) removed.add(id);
      continue;
    }
    if (comparePlacements(placements.get(id) as Placement, after.ctx.placement(id) as Placement) !== 0) reordered = true;
    if (!sameTemplateValue(old, resource)) changed.add(id);
  }
  if (changed.size === 0 && !reordered) return { resources, changed, removed, order: previous.order, reordered };
  const order = reordered ? mergedOrder(previous.order, placements, after, made) : previous.order;
  if (!order) return undefined;
  const spliced = recordOf(order, (id) => resources[id] as CfnResource);
  for (const id of changed) spliced[id] = now[id] as CfnResource;
  if (reordered) {
    for (const id of made) {
      const placement = after.ctx.placement(id);
      if (placement) placements.set(id, placement);
      else placements.delete(id);
    }
  }
  return { resources: spliced, changed, removed, order, reordered };
}

interface Group {
  placement: Placement;
  /** Every resource of the part in this group with this owner, in the part's order. */
  ids: string[];
}

/** Previous ids from `from` up to `to` put aside, and `ids` put in their place. */
interface Cut {
  from: number;
  to: number;
  ids: readonly string[];
  placement?: Placement;
}

/**
 * The previous ids without those made near the edit, with the part's resources of each place (group
 * and owner) where the part made some put where that place starts. The part must hold every other
 * resource of those places, in the previous order: the order the full export made them in decides
 * among them, and only the part shows it.
 */
function mergedOrder(ids: readonly string[], placements: ReadonlyMap<string, Placement>, after: RenderedPart, made: ReadonlySet<string>): string[] | undefined {
  const keyOf = (placement: Placement) => `${placement.rank} ${placement.owner}`;
  const groups = new Map<string, Group>();
  for (const id of made) {
    const placement = after.ctx.placement(id);
    if (placement) groups.set(keyOf(placement), { placement, ids: [] });
  }
  for (const id in after.template.Resources) groups.get(keyOf(after.ctx.placement(id) as Placement))?.ids.push(id);
  const cuts: Cut[] = [];
  for (const group of groups.values()) {
    const run = runOf(ids, placements, group.placement);
    const others = ids.slice(run.from, run.to).filter((id) => !made.has(id));
    const partOthers = group.ids.filter((id) => !made.has(id));
    if (others.length !== partOthers.length || others.some((id, i) => id !== partOthers[i])) return undefined;
    cuts.push({ ...run, ids: group.ids, placement: group.placement });
  }
  for (const id of made) {
    const placement = placements.get(id);
    if (!placement || groups.has(keyOf(placement))) continue;
    let at = runOf(ids, placements, placement).from;
    while (ids[at] !== id) at++;
    cuts.push({ from: at, to: at + 1, ids: [] });
  }
  cuts.sort((a, b) => a.from - b.from || a.to - b.to || (a.placement && b.placement ? comparePlacements(a.placement, b.placement) : 0));
  let order: string[] = [];
  let at = 0;
  for (const cut of cuts) {
    order = order.concat(ids.slice(at, cut.from), cut.ids);
    at = cut.to;
  }
  return order.concat(ids.slice(at));
}

/** Where the ids of one place (group and owner) are among ids ordered by placement: from `from` up to `to`. */
function runOf(ids: readonly string[], placements: ReadonlyMap<string, Placement>, placement: Placement): { from: number; to: number } {
  const from = firstAtOrAfter(ids, placements, placement);
  let to = from;
  while (to < ids.length && comparePlacements(placements.get(ids[to] as string) as Placement, placement) === 0) to++;
  return { from, to };
}

/** The first position among ids ordered by placement whose placement is not before `placement`. */
function firstAtOrAfter(ids: readonly string[], placements: ReadonlyMap<string, Placement>, placement: Placement): number {
  let low = 0;
  let high = ids.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comparePlacements(placements.get(ids[middle] as string) as Placement, placement) < 0) low = middle + 1;
    else high = middle;
  }
  return low;
}
