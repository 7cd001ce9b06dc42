import { importTemplate } from '../import/import-template';
import type { DesignSource } from '../model/design';
import { renderDesign } from './render-design';
import type { CfnResource, ExportTarget } from './template-types';

type Rendering = ReadonlyMap<string, CfnResource>;
const cache = new WeakMap<DesignSource, Map<ExportTarget, Rendering | null>>();

/**
 * What the exporter makes of each resource of an imported template as it was imported, by logical
 * id: the base against which an edit is told apart from what the design does not model (see
 * mergeEdit). Undefined when the template no longer imports. Computed once per imported template.
 */
export function renderedAsImported(source: DesignSource, target: ExportTarget): Rendering | undefined {
  let byTarget = cache.get(source);
  if (!byTarget) cache.set(source, (byTarget = new Map()));
  if (!byTarget.has(target)) byTarget.set(target, render(source, target));
  return byTarget.get(target) ?? undefined;
}

function render(source: DesignSource, target: ExportTarget): Rendering | null {
  const order = source.sectionOrder ?? [...Object.keys(source.sections), 'Resources'];
  const sections: Record<string, unknown> = { ...source.sections };
  const resourceOrder = source.resourceOrder ?? Object.keys(source.resources);
  sections.Resources = Object.fromEntries(resourceOrder.filter((id) => id in source.resources).map((id) => [id, source.resources[id]?.resource]));
  const template = Object.fromEntries([...order, ...Object.keys(sections)].filter((k, i, all) => all.indexOf(k) === i && k in sections).map((k) => [k, sections[k]]));
  const imported = importTemplate(JSON.stringify(template), source.fileName);
  if (!imported.ok) return null;
  return new Map(Object.entries(renderDesign(imported.design, target).template.Resources));
}
