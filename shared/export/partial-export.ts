import type { Design } from '../model/design';
import type { ConfigEdit } from './config-edit';
import type { ExportContext } from './context';
import { type DesignNeighbours, designOfPart, type DesignPart } from './design-part';
import type { ExportAnalysis } from './export-template';
import { renderDesign } from './render-design';
import type { CfnResource, CfnTemplate, ExportTarget } from './template-types';
import { sameTemplateValue } from './template-values';

/** The last full or partial export: its design, the analysis (equal to analyzeExport's) and the logical ids of its nodes. */
export interface ExportedDesign {
  design: Design;
  analysis: ExportAnalysis;
  nodeIds: ReadonlyMap<string, string>;
}

type Rendered = { template: CfnTemplate; ctx: ExportContext };

/** The analysis after the edit, and the logical ids of the resources it changed (the others are the previous template's objects). */
export interface EditedExport {
  analysis: ExportAnalysis;
  changed: ReadonlySet<string>;
}

/**
 * The analysis of `next`, an edit of settings of `previous.design`, made by exporting only the part of
 * the design around what the edit changed (the changed nodes, their neighbours and theirs) before and
 * after the edit, and putting what the changed nodes, their neighbours and the changed nodes' edges
 * made into the previous template under the same logical ids, in the same order.
 *
 * The part must show that this is right, or the answer is undefined (export it all): before the
 * edit, it makes those resources exactly as the full export did; the edit changes nothing else the
 * part makes (other resources, parameters, outputs, which part made what, explanations of other
 * edges), and neither the logical ids nor their order.
 */
export function exportEditedPart(previous: ExportedDesign, next: Design, edit: ConfigEdit, neighbours: DesignNeighbours, target: ExportTarget): EditedExport | undefined {
  const centre = new Set(edit.nodes);
  for (const edgeId of edit.edges) for (const end of neighbours.endsOf(edgeId)) centre.add(end);
  const part = neighbours.partAround(next, centre);
  if (!part) return undefined;
  const before = renderDesign(designOfPart(previous.design, part), target, previous.nodeIds);
  const after = renderDesign(designOfPart(next, part), target, previous.nodeIds);
  const made = madeNear(before.ctx, part);
  if (!sameOutside(before, after, made) || !sameRecords(before.ctx, after.ctx, part)) return undefined;
  if (!matchesPrevious(before, previous.analysis, part, made)) return undefined;

  const changed = new Set([...made].filter((id) => !sameTemplateValue(before.template.Resources[id], after.template.Resources[id])));
  const template = previous.analysis.template;
  // Replacing a key keeps its place in the copy.
  const resources = changed.size > 0 ? { ...template.Resources } : template.Resources;
  for (const id of changed) resources[id] = after.template.Resources[id] as CfnResource;
  const analysis = { ...previous.analysis, template: changed.size > 0 ? { ...template, Resources: resources } : template, explanations: explanationsAfter(previous.analysis, after.ctx, part) };
  return { analysis, changed };
}

/** The previous explanations, with those of the edges the edit touched as the part gives them after it (copied only when they changed). */
function explanationsAfter(previous: ExportAnalysis, after: ExportContext, part: DesignPart): ExportAnalysis['explanations'] {
  const changed = [...part.nearEdges].filter((id) => !sameTemplateValue(after.explanations.get(id) ?? [], previous.explanations[id]));
  if (changed.length === 0) return previous.explanations;
  const explanations = { ...previous.explanations };
  for (const id of changed) explanations[id] = [...(after.explanations.get(id) ?? [])];
  return explanations;
}

/** Logical ids the near nodes and edges made. */
function madeNear(ctx: ExportContext, part: DesignPart): Set<string> {
  const made = new Set<string>();
  for (const id of part.near) for (const logicalId of ctx.nodeResources.get(id) ?? []) made.add(logicalId);
  for (const id of part.nearEdges) for (const logicalId of ctx.edgeResources.get(id) ?? []) made.add(logicalId);
  return made;
}

/** The same logical ids in the same order, the same other resources and sections, the same places (group and owner) for all. */
function sameOutside(before: Rendered, after: Rendered, made: ReadonlySet<string>): boolean {
  const ids = Object.keys(before.template.Resources);
  const afterIds = Object.keys(after.template.Resources);
  if (ids.length !== afterIds.length || ids.some((id, i) => id !== afterIds[i])) return false;
  for (const id of ids) {
    if (before.ctx.placement(id) !== after.ctx.placement(id)) return false;
    if (!made.has(id) && !sameTemplateValue(before.template.Resources[id], after.template.Resources[id])) return false;
  }
  return sameTemplateValue({ ...before.template, Resources: null }, { ...after.template, Resources: null });
}

/** Which node and edge made which resource, and the explanations of the edges the edit did not touch, unchanged. */
function sameRecords(before: ExportContext, after: ExportContext, part: DesignPart): boolean {
  for (const node of before.index.nodes) if (!sameTemplateValue(before.nodeResources.get(node.id), after.nodeResources.get(node.id))) return false;
  for (const edge of before.index.edges) {
    if (!sameTemplateValue(before.edgeResources.get(edge.id), after.edgeResources.get(edge.id))) return false;
    if (!part.nearEdges.has(edge.id) && !sameTemplateValue(before.explanations.get(edge.id), after.explanations.get(edge.id))) return false;
  }
  return true;
}

/** Before the edit, the part made the near resources, records and explanations exactly as the full export did. */
function matchesPrevious(before: Rendered, previous: ExportAnalysis, part: DesignPart, made: ReadonlySet<string>): boolean {
  for (const id of made) {
    const full = previous.template.Resources[id];
    if (full === undefined || !sameTemplateValue(before.template.Resources[id], full)) return false;
  }
  for (const id of part.near) if (!sameTemplateValue(before.ctx.nodeResources.get(id) ?? [], previous.resourceMap.nodes[id])) return false;
  for (const id of part.nearEdges) {
    if (!sameTemplateValue(before.ctx.edgeResources.get(id) ?? [], previous.resourceMap.edges[id])) return false;
    if (!sameTemplateValue(before.ctx.explanations.get(id) ?? [], previous.explanations[id])) return false;
  }
  return true;
}
