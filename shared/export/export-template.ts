import type { Design } from '../model/design';
import { spliceVerbatim, type Verbatim } from './splice-verbatim';
import { buildTemplate } from './build-template';
import type { ExportContext } from './context';
import { templateToJson, templateToYaml } from './serialize';
import type { CfnTemplate, EdgeExplanation, ExportFormat, ExportTarget } from './template-types';

export type { CfnTemplate, EdgeExplanation, ExportFormat, ExportTarget } from './template-types';
export type { Verbatim } from './splice-verbatim';

export interface ExportOptions {
  target: ExportTarget;
  format?: ExportFormat;
}

/** For each node and edge id, the logical ids it produced (empty when it produced none). */
export interface ResourceMap {
  nodes: Record<string, string[]>;
  edges: Record<string, string[]>;
}

export interface ExportAnalysis {
  template: CfnTemplate;
  resourceMap: ResourceMap;
  explanations: Record<string, EdgeExplanation[]>;
  /** Untouched imported resources written back word for word in YAML. */
  verbatim: Verbatim;
}

/** Everything the UI shows about an export, from one pass over the design. */
export function analyzeExport(design: Design, target: ExportTarget): ExportAnalysis {
  const { template, ctx } = buildTemplate(design, target);
  return analysisOf(template, ctx);
}

/** The analysis of a template that buildTemplate made, from the record of its export run. */
export function analysisOf(template: CfnTemplate, ctx: ExportContext): ExportAnalysis {
  const nodes: Record<string, string[]> = {};
  const edges: Record<string, string[]> = {};
  const explanations: Record<string, EdgeExplanation[]> = {};
  for (const node of ctx.index.nodes) nodes[node.id] = [...(ctx.nodeResources.get(node.id) ?? [])];
  for (const edge of ctx.index.edges) {
    edges[edge.id] = [...(ctx.edgeResources.get(edge.id) ?? [])];
    explanations[edge.id] = [...(ctx.explanations.get(edge.id) ?? [])];
  }
  return { template, resourceMap: { nodes, edges }, explanations, verbatim: verbatimOf(ctx) };
}

/** The text of a template built by analyzeExport, so a caller that has the analysis need not build twice. */
export function renderTemplate(template: CfnTemplate, format: ExportFormat = 'yaml', verbatim: Verbatim = NO_VERBATIM): string {
  return format === 'json' ? templateToJson(template) : spliceVerbatim(templateToYaml(template), verbatim);
}

const NO_VERBATIM: Verbatim = { resources: new Map(), sections: new Map() };

function verbatimOf(ctx: ExportContext): Verbatim {
  return { resources: ctx.verbatim, sections: ctx.verbatimSections, resourceLeads: ctx.resourceLeads, sectionLeads: ctx.sectionLeads };
}

/** The SAM or CloudFormation template of a design, as YAML (short intrinsic tags) or JSON. Same design, same bytes. */
export function exportTemplate(design: Design, options: ExportOptions): string {
  const { template, ctx } = buildTemplate(design, options.target);
  return renderTemplate(template, options.format, verbatimOf(ctx));
}

export function resourceMap(design: Design, target: ExportTarget): ResourceMap {
  return analyzeExport(design, target).resourceMap;
}

/** What one connection turned into, each item with the reason it exists. */
export function explainEdge(design: Design, edgeId: string, target: ExportTarget): EdgeExplanation[] {
  return analyzeExport(design, target).explanations[edgeId] ?? [];
}
