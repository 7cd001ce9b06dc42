import { comparePlacements, type ExportContext, type Placement } from './context';
import type { DesignPart } from './design-part';
import type { ExportedDesign } from './exported-design';
import type { CfnTemplate } from './template-types';
import { sameTemplateValue } from './template-values';

/** A part of a design exported: the template and the record of the run. */
export interface RenderedPart {
  template: CfnTemplate;
  ctx: ExportContext;
}

/** Logical ids the near nodes and edges made, before or after the edit. */
export function madeNear(parts: readonly RenderedPart[], part: DesignPart): Set<string> {
  const made = new Set<string>();
  for (const { ctx } of parts) {
    for (const id of part.near) for (const logicalId of ctx.nodeResources.get(id) ?? []) made.add(logicalId);
    for (const id of part.nearEdges) for (const logicalId of ctx.edgeResources.get(id) ?? []) made.add(logicalId);
  }
  return made;
}

/**
 * Before the edit, the part made what the full export made: each of its resources is in the
 * previous template with the same group and owner, and those made near the edit are the same; a
 * resource made near the edit after it that the previous template has was made by the part before
 * it too; the near nodes and edges made the same resources and explanations.
 */
export function partMatchesPrevious(before: RenderedPart, previous: ExportedDesign, part: DesignPart, made: ReadonlySet<string>): boolean {
  const { template, resourceMap, explanations } = previous.analysis;
  for (const id in before.template.Resources) {
    const placement = previous.placements.get(id);
    if (!placement || comparePlacements(placement, before.ctx.placement(id) as Placement) !== 0) return false;
    if (made.has(id) && !sameTemplateValue(before.template.Resources[id], template.Resources[id])) return false;
  }
  for (const id of made) if (id in template.Resources && !(id in before.template.Resources)) return false;
  for (const id of part.near) {
    if (before.ctx.index.node(id) && !sameTemplateValue(before.ctx.nodeResources.get(id) ?? [], resourceMap.nodes[id])) return false;
  }
  for (const id of part.nearEdges) {
    if (!(id in resourceMap.edges)) continue;
    if (!sameTemplateValue(before.ctx.edgeResources.get(id) ?? [], resourceMap.edges[id])) return false;
    if (!sameTemplateValue(before.ctx.explanations.get(id) ?? [], explanations[id])) return false;
  }
  return true;
}

/**
 * Away from the edit, the part is the same after it: the resources not made near the edit have the
 * same ids in the same order, the same group, owner and value; the nodes and edges not near made
 * the same resources, and those edges have the same explanations.
 */
export function sameAwayFromEdit(before: RenderedPart, after: RenderedPart, part: DesignPart, made: ReadonlySet<string>): boolean {
  const away = (rendered: RenderedPart) => Object.keys(rendered.template.Resources).filter((id) => !made.has(id));
  const ids = away(before);
  const afterIds = away(after);
  if (ids.length !== afterIds.length || ids.some((id, i) => id !== afterIds[i])) return false;
  for (const id of ids) {
    if (comparePlacements(before.ctx.placement(id) as Placement, after.ctx.placement(id) as Placement) !== 0) return false;
    if (!sameTemplateValue(before.template.Resources[id], after.template.Resources[id])) return false;
  }
  for (const node of before.ctx.index.nodes) {
    if (!part.near.has(node.id) && !sameTemplateValue(before.ctx.nodeResources.get(node.id), after.ctx.nodeResources.get(node.id))) return false;
  }
  for (const edge of before.ctx.index.edges) {
    if (part.nearEdges.has(edge.id)) continue;
    if (!sameTemplateValue(before.ctx.edgeResources.get(edge.id), after.ctx.edgeResources.get(edge.id))) return false;
    if (!sameTemplateValue(before.ctx.explanations.get(edge.id), after.ctx.explanations.get(edge.id))) return false;
  }
  return true;
}

/**
 * Every resource made near the edit that the edit takes away is owned by a node of the part: one
 * owned by none (what functions with gradual deployments share) may still be made for the rest of
 * the design.
 */
export function goneWithTheirOwners(before: RenderedPart, after: RenderedPart, made: ReadonlySet<string>): boolean {
  const owners = new Set(before.ctx.index.nodes.map((n) => before.ctx.idOf(n.id)));
  for (const id of made) {
    if (id in before.template.Resources && !(id in after.template.Resources) && !owners.has((before.ctx.placement(id) as Placement).owner)) return false;
  }
  return true;
}
