import type { Design } from '../model/design';
import { derivedIdsHold } from './derived-ids-check';
import type { DesignEdit } from './design-edit';
import { type DesignGraph, GraphAfterEdit } from './design-graph';
import { designOfPart, partAroundEdit } from './design-part';
import type { ExportedDesign } from './exported-design';
import { readsBeyondPart } from './far-reads';
import type { NodeIdsAfter } from './node-ids-along-edits';
import { goneWithTheirOwners, madeNear, partMatchesPrevious, sameAwayFromEdit } from './part-checks';
import { recordsAfter } from './record-splice';
import type { ResourcesEdit } from './reusing-printer';
import { renderDesign } from './render-design';
import { splicedResources } from './resource-splice';
import { outputsAfter, outputsSection, parametersAfter } from './section-splice';
import type { CfnTemplate, ExportTarget } from './template-types';

/** The export after the edit, and what it changed of the previous template's resources (for printing only that). */
export interface EditedExport {
  exported: ExportedDesign;
  /** What the edit changed of the previous template's resources (ReusingPrinter). */
  resources: Omit<ResourcesEdit, 'base'>;
}

/**
 * The export of `next`, an edit of `previous.design`, made by exporting only the part of the design
 * around what the edit changed (the nodes it added, removed or changed, the ends of the edges it
 * added, removed or changed, the nodes whose logical id changed; their neighbours and theirs) before
 * and after the edit, and putting what the near nodes and edges made after it in the previous
 * template in place of what they made before it.
 *
 * The part must show that this is right, or the answer is undefined (export it all): the edit
 * changes nothing the export reads further away (far-reads); before the edit, the part makes what
 * the full export made; away from the edit, the part is the same after it; the ids it derives are
 * those the full export would; the outputs, parameters and order of the resources can be told.
 * `graph` is the design's before the edit; `ids`, the node ids after it.
 */
export function exportEditedPart(previous: ExportedDesign, next: Design, edit: DesignEdit, graph: DesignGraph, ids: NodeIdsAfter, target: ExportTarget): EditedExport | undefined {
  // A design that makes no resource exports a stand-in one, which parts leave out: they need more than one.
  if (previous.placements.size < 2) return undefined;
  const afterView = new GraphAfterEdit(graph, edit);
  const part = partAroundEdit(graph, afterView, edit, ids.changed);
  if (readsBeyondPart(graph, afterView, edit, part, new Set(ids.changed))) return undefined;
  const idsBefore = new Map([...part.nodes].map((id) => [id, ids.before(id) as string]));
  const before = renderDesign(designOfPart(previous.design, graph, part), target, { nodeIds: idsBefore, reserved: ids.wasNodeId });
  const after = renderDesign(designOfPart(next, afterView, part), target, { nodeIds: ids.ids, reserved: ids.isNodeId });
  const made = madeNear([before, after], part);
  if (!partMatchesPrevious(before, previous, part, made) || !sameAwayFromEdit(before, after, part, made) || !goneWithTheirOwners(before, after, made)) return undefined;
  if (!derivedIdsHold(previous, before, after, ids)) return undefined;

  const template = previous.analysis.template;
  const parameters = parametersAfter(previous, before.ctx, after.ctx);
  const outputs = outputsAfter(previous, before.ctx, after.ctx, (id) => afterView.node(id)?.kind);
  if (!parameters || !outputs) return undefined;
  const spliced = splicedResources(previous, after, made);
  if (!spliced || spliced.order.length === 0) return undefined;
  const { recordKeys, ...records } = recordsAfter(previous, after.ctx, part, new Set(edit.edges.removed.map((e) => e.id)));
  const sections = { Parameters: parameters.parameters, Resources: spliced.resources, Outputs: outputsSection(outputs, template.Outputs) };
  const unchanged = sections.Parameters === template.Parameters && sections.Resources === template.Resources && sections.Outputs === template.Outputs;
  const analysis = { ...previous.analysis, ...records, template: unchanged ? template : templateWith(template, sections) };
  return {
    exported: { ...previous, design: next, analysis, nodeIds: ids.ids, order: spliced.order, recordKeys, parameterUses: parameters.parameterUses, outputs },
    resources: { changed: spliced.changed, ...(spliced.reordered ? { order: spliced.order, removed: spliced.removed } : {}) },
  };
}

/** The template with these sections, in the order renderDesign writes them (absent when undefined). */
function templateWith(template: CfnTemplate, sections: Pick<CfnTemplate, 'Parameters' | 'Resources' | 'Outputs'>): CfnTemplate {
  const { Parameters: _parameters, Resources: _resources, Outputs: _outputs, ...head } = template;
  return {
    ...head,
    ...(sections.Parameters ? { Parameters: sections.Parameters } : {}),
    Resources: sections.Resources,
    ...(sections.Outputs ? { Outputs: sections.Outputs } : {}),
  };
}
