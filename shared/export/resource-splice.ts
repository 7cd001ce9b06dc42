import { comparePlacements, type Placement } from './context';
import type { ExportedDesign } from './exported-design';
import type { RenderedPart } from './part-checks';
import { recordOf } from './record-of';
import type { CfnResource } from './template-types';
import { sameTemplateValue } from './template-values';

export interface SplicedResources {
  resources: Record<string, CfnResource>;
  /** Resources that are new or changed. */
  changed: ReadonlySet<string>;
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
  let reordered = false;
  for (const id of made) {
    const resource = now[id];
    const old = resources[id];
    if (resource === undefined || old === undefined) {
      reordered ||= resource !== old;
      if (resource !== undefined) changed.add(id);
      continue;
    }
    if (comparePlacements(placements.get(id) as Placement, after.ctx.placement(id) as Placement) !== 0) reordered = true;
    if (!sameTemplateValue(old, resource)) changed.add(id);
  }
  if (changed.size === 0 && !reordered) return { resources, changed, order: previous.order, reordered };
  const order = reordered ? mergedOrder(previous.order, placements, after, made) : previous.order;
  if (!order) return undefined;
  const spliced = recordOf(order, (id) => (changed.has(id) ? now[id] : resources[id]) as CfnResource);
  if (reordered) {
    for (const id of made) {
      const placement = after.ctx.placement(id);
      if (placement) placements.set(id, placement);
      else placements.delete(id);
    }
  }
  return { resources: spliced, changed, order, reordered };
}

interface Group {
  placement: Placement;
  /** Every resource of the part in this group with this owner, in the part's order. */
  ids: string[];
  /** Where the group starts among the previous ids. */
  at: number;
}

/**
 * The previous ids without those made near the edit, with the part's resources of each place (group
 * and owner) where the part made some put where that place starts. The part must hold every other
 * resource of those places, in the previous order: the order the full export made them in decides
 * among them, and only the part shows it.
 */
function mergedOrder(ids: readonly string[], placements: ReadonlyMap<string, Placement>, after: RenderedPart, made: ReadonlySet<string>): string[] | undefined {
  const groups = new Map<string, Group>();
  const keyOf = (placement: Placement) => `${placement.rank} ${placement.owner}`;
  for (const id of made) {
    const placement = after.ctx.placement(id);
    if (placement) groups.set(keyOf(placement), { placement, ids: [], at: 0 });
  }
  for (const id in after.template.Resources) groups.get(keyOf(after.ctx.placement(id) as Placement))?.ids.push(id);
  const placed = new Set<string>();
  for (const group of groups.values()) {
    group.at = firstAtOrAfter(ids, placements, group.placement);
    const others: string[] = [];
    for (let i = group.at; i < ids.length && comparePlacements(placements.get(ids[i] as string) as Placement, group.placement) === 0; i++) {
      if (!made.has(ids[i] as string)) others.push(ids[i] as string);
    }
    const partOthers = group.ids.filter((id) => !made.has(id));
    if (others.length !== partOthers.length || others.some((id, i) => id !== partOthers[i])) return undefined;
    for (const id of others) placed.add(id);
  }
  const sorted = [...groups.values()].sort((a, b) => comparePlacements(a.placement, b.placement));
  const order: string[] = [];
  let next = 0;
  ids.forEach((id, i) => {
    for (; next < sorted.length && (sorted[next] as Group).at === i; next++) order.push(...(sorted[next] as Group).ids);
    if (!made.has(id) && !placed.has(id)) order.push(id);
  });
  for (; next < sorted.length; next++) order.push(...(sorted[next] as Group).ids);
  return order;
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
