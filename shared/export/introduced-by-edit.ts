import type { ExportContext } from './context';
import { sameValue } from './template-values';
import type { CfnResource, CfnTemplate } from './template-types';

/**
 * For a resource the imported template did not have: whether the design's changes since import
 * brought it. One that the exporter makes just the same of the design as imported (a queue policy
 * for a topic's subscription, a function's log group), made by components that are untouched or
 * edited in place, the template did without, and an edit elsewhere does not add it. Components
 * added since, and functions written anew as another type (SAM as CloudFormation), bring theirs.
 */
export function introducedByEdit(
  ctx: ExportContext,
  template: CfnTemplate,
  pristine: ReadonlySet<string>,
  asImported: () => ReadonlyMap<string, CfnResource> | undefined,
): (logicalId: string) => boolean {
  const source = ctx.design.source;
  const settled = new Set(pristine);
  for (const node of ctx.index.nodes) {
    const own = source?.resources[node.id]?.resource;
    if (own && own.Type === template.Resources[node.id]?.Type) settled.add(node.id);
  }
  const owners = new Map<string, string[]>();
  const own = (logicalId: string, nodeIds: string[]) => owners.set(logicalId, [...(owners.get(logicalId) ?? []), ...nodeIds]);
  for (const [nodeId, ids] of ctx.nodeResources) for (const id of ids) own(id, [nodeId]);
  for (const edge of ctx.index.edges) for (const id of ctx.edgeResources.get(edge.id) ?? []) own(id, [edge.source, edge.target]);
  return (logicalId) => {
    const by = owners.get(logicalId) ?? [];
    if (by.length === 0 || !by.every((id) => settled.has(id))) return true;
    const before = asImported()?.get(logicalId);
    return !before || !sameValue(before, template.Resources[logicalId]);
  };
}
