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
  // Read back as the template it was; the order of its parts does not change what export makes of it.
  const resources = Object.fromEntries(Object.entries(source.resources).map(([id, { resource }]) => [id, resource]));
  const imported = importTemplate(JSON.stringify({ ...source.sections, Resources: resources }), source.fileName);
  if (!imported.ok) return null;
  return new Map(Object.entries(renderDesign(imported.design, target).template.Resources));
}
