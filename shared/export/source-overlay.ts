import { leadOf, SURROUNDINGS } from '../import/resource-texts';
import { canonicalJson } from '../model/canonical-json';
import type { ExportContext } from './context';
import { pointEventsAtEditedImplicitApis } from './implicit-api-events';
import { introducedByEdit } from './introduced-by-edit';
import { mergeEdit } from './merge-edit';
import { namedIds } from './named-ids';
import { patchResourceText } from './patch-resource-text';
import { pristineNodes } from './source-fingerprint';
import type { CfnResource, CfnTemplate } from './template-types';
import { isJsonObject } from '../model/json-object';

type Json = Record<string, unknown>;
const SAM_TRANSFORM = 'AWS::Serverless-2016-10-31';
const ATTRIBUTES = ['Condition', 'DeletionPolicy', 'UpdateReplacePolicy', 'CreationPolicy', 'Metadata', 'DependsOn'] as const;

/** Resources in the order the template had them; new ones after, in the order export made them. */
function inSourceOrder(resources: Record<string, CfnResource>, order: readonly string[]): Record<string, CfnResource> {
  const rank = new Map(order.map((id, i) => [id, i]));
  return Object.fromEntries(Object.entries(resources).sort(([a], [b]) => (rank.get(a) ?? order.length) - (rank.get(b) ?? order.length)));
}

function hasSamTransform(transform: unknown): boolean {
  return transform === SAM_TRANSFORM || (Array.isArray(transform) && transform.includes(SAM_TRANSFORM));
}

/**
 * Merges what an imported template held back into the exported one: resources of nodes not edited
 * since import as they were (in place of what the exporter made of them and of the connections
 * between them); edited ones as the template had them with the edit applied (mergeEdit; in their
 * text where it can be); and every other section of the template. `asImported` gives the exporter's
 * rendering of the design as imported, the base of those merges.
 */
export function applySource(template: CfnTemplate, ctx: ExportContext, asImported: () => ReadonlyMap<string, CfnResource> | undefined = () => undefined): CfnTemplate {
  const source = ctx.design.source;
  if (!source) return template;
  const sections = source.sections;
  const sam = ctx.sam;
  const pristine = new Set([...pristineNodes(ctx.design)].filter((id) => {
    if (sam) return true;
    // SAM resources, and what SAM wrote inside its functions (schedules, rules, the implicit APIs), CloudFormation writes anew.
    const type = String(source.resources[id]?.resource.Type ?? '');
    return !type.startsWith('AWS::Serverless::') && !(id in (source.inline ?? {}));
  }));

  const replaced = new Set<string>();
  for (const id of pristine) for (const logicalId of ctx.nodeResources.get(id) ?? []) replaced.add(logicalId);
  for (const edge of ctx.index.edges) {
    if (pristine.has(edge.source) && pristine.has(edge.target)) for (const logicalId of ctx.edgeResources.get(edge.id) ?? []) replaced.add(logicalId);
  }
  // What an edited node renders stays, even where an untouched one wrote into it (a schedule written
  // inside its function's events): else the edited function would go missing.
  for (const node of ctx.index.nodes) {
    if (!pristine.has(node.id)) for (const logicalId of ctx.nodeResources.get(node.id) ?? []) replaced.delete(logicalId);
  }
  const resources: Record<string, CfnResource> = {};
  for (const node of ctx.index.nodes) {
    const kept = pristine.has(node.id) ? source.resources[node.id] : undefined;
    if (!kept) continue;
    resources[node.id] = kept.resource as unknown as CfnResource;
    if (kept.text !== undefined) ctx.verbatim.set(node.id, kept.text);
  }
  // Resources written anew keep the blank lines and comments that were above them.
  for (const [id, original] of Object.entries(source.resources)) {
    const lead = original.text !== undefined && !ctx.verbatim.has(id) ? leadOf(original.text) : undefined;
    if (lead !== undefined) ctx.resourceLeads.set(id, lead);
  }
  const introduced = introducedByEdit(ctx, template, pristine, asImported);
  for (const [id, resource] of Object.entries(template.Resources)) {
    if (replaced.has(id) || id in resources) continue;
    const original = source.resources[id]?.resource;
    if (!original) {
      if (introduced(id)) resources[id] = resource;
      continue;
    }
    // The design as imported is rendered only for resources of the type the template had (not SAM remade as CloudFormation).
    const merged = original.Type === resource.Type ? mergeEdit(original, asImported()?.get(id), resource) : resource;
    const attributes = Object.fromEntries(ATTRIBUTES.filter((a) => original[a] !== undefined && (merged as unknown as Json)[a] === undefined).map((a) => [a, original[a]]));
    resources[id] = { ...attributes, ...merged };
    // The edit made in the text as written where it can be: the rest of the resource, comments included, stays.
    const text = source.resources[id]?.text;
    const patched = text !== undefined && merged !== resource ? patchResourceText(text, id, original, resources[id]) : undefined;
    if (patched !== undefined) ctx.verbatim.set(id, patched);
  }
  pointEventsAtEditedImplicitApis(ctx, resources, pristine);
  for (const [id, resource] of Object.entries(resources)) {
    // An edited design may have lost what a kept dependency named.
    if (resource.DependsOn === undefined) continue;
    const named = typeof resource.DependsOn === 'string' ? [resource.DependsOn] : resource.DependsOn;
    // Ids the template never declared (SAM makes FunctionAliaslive and the like) are left alone.
    const kept = named.filter((d) => d in resources || !(d in source.resources));
    if (kept.length === named.length) continue;
    // A copy: the design's own record of the template stays as it was.
    const pruned = { ...resource };
    if (kept.length === 0) delete pruned.DependsOn;
    else pruned.DependsOn = kept.length === 1 ? (kept[0] as string) : kept;
    resources[id] = pruned;
    ctx.verbatim.delete(id);
  }

  const parameters = { ...((sections.Parameters ?? {}) as Json) };
  const named = namedIds([resources, sections.Outputs, sections.Conditions]);
  for (const [id, parameter] of Object.entries(template.Parameters ?? {})) if (named.has(id) && !(id in parameters)) parameters[id] = parameter;
  const defined = new Set([...Object.keys(resources), ...Object.keys(parameters)]);
  const outputs = { ...((sections.Outputs ?? {}) as Json) };
  for (const [id, output] of Object.entries(template.Outputs ?? {})) {
    // Outputs about the template's own resources, edited or not, would add to what it said; those of components added since are new.
    const names = [...namedIds(output)];
    if (!(id in outputs) && names.every((n) => n.startsWith('AWS::') || defined.has(n)) && names.some((n) => n in resources && !(n in source.resources))) outputs[id] = output;
  }

  const transform = sections.Transform;
  const keepsSam = sam || Object.values(resources).some((r) => String(r.Type).startsWith('AWS::Serverless::'));
  const transforms = [transform ?? [], keepsSam ? SAM_TRANSFORM : []].flat().filter((t, i, all) => all.indexOf(t) === i);
  const withoutSam = transforms.filter((t) => keepsSam || t !== SAM_TRANSFORM);
  const section = (name: string) => (isJsonObject(sections[name]) && Object.keys(sections[name]).length > 0 ? { [name]: sections[name] } : {});
  // What the template did not say, export does not add: no format version, no description made up from the name.
  const description = typeof sections.Description === 'string' ? sections.Description : ctx.design.description.trim() ? template.Description : undefined;
  const merged: CfnTemplate = {
    ...(sections.AWSTemplateFormatVersion !== undefined ? { AWSTemplateFormatVersion: sections.AWSTemplateFormatVersion as CfnTemplate['AWSTemplateFormatVersion'] } : {}),
    ...(withoutSam.length === 1 && typeof withoutSam[0] === 'string' && !Array.isArray(transform) ? { Transform: withoutSam[0] } : withoutSam.length > 0 ? { Transform: withoutSam as string[] } : {}),
    ...(description !== undefined ? { Description: description } : {}),
    ...section('Metadata'),
    ...(Object.keys(parameters).length > 0 ? { Parameters: parameters as CfnTemplate['Parameters'] } : {}),
    ...section('Rules'),
    ...section('Mappings'),
    ...section('Conditions'),
    ...(keepsSam && hasSamTransform(transforms) ? section('Globals') : {}),
    Resources: inSourceOrder(resources, source.resourceOrder ?? Object.keys(source.resources)),
    ...(Object.keys(outputs).length > 0 ? { Outputs: outputs as CfnTemplate['Outputs'] } : {}),
  };
  // Sections export leaves as the template had them go back word for word, comments included.
  for (const [name, text] of Object.entries(source.sectionTexts ?? {})) {
    // What surrounds the sections (header, the lines above Resources, trailer, line breaks) always goes back.
    if (SURROUNDINGS.has(name)) {
      ctx.verbatimSections.set(name, text);
      continue;
    }
    const value = (merged as unknown as Json)[name];
    if (value !== undefined && canonicalJson(value) === canonicalJson(sections[name])) ctx.verbatimSections.set(name, text);
    else {
      const lead = leadOf(text);
      if (lead !== undefined) ctx.sectionLeads.set(name, lead);
    }
  }
  const sectionOrder = source.sectionOrder;
  if (!sectionOrder) return merged;
  const rank = new Map(sectionOrder.map((name, i) => [name, i]));
  const order = (name: string) => rank.get(name) ?? sectionOrder.length;
  return Object.fromEntries(Object.entries(merged).sort(([a], [b]) => order(a) - order(b))) as unknown as CfnTemplate;
}
