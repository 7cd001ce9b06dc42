import type { Design } from '../model/design';
import { sameExcept } from '../model/same-except';

/** Parts of a design and of its nodes and edges that an edit of settings leaves alone, or the export never reads. */
const DESIGN_PARTS = new Set(['nodes', 'edges', 'viewport']);
const NODE_PARTS = new Set(['config', 'position', 'size']);
const EDGE_PARTS = new Set(['config']);

/** Ids of the nodes and edges whose settings an edit changed. */
export interface ConfigEdit {
  nodes: string[];
  edges: string[];
}

/**
 * What `after` changed of `before` when it changed only settings of nodes and edges (and where
 * things are drawn): the same nodes and edges in the same order, with the same ids, kinds, names,
 * containers and ends, and the same name, description and settings of the design. Undefined for
 * any other edit. Edits share the parts they leave alone, so settings are compared by identity.
 */
export function configEdit(before: Design, after: Design): ConfigEdit | undefined {
  if (!sameExcept(before, after, DESIGN_PARTS)) return undefined;
  const nodes = changedConfigs(before.nodes, after.nodes, NODE_PARTS);
  const edges = nodes && changedConfigs(before.edges, after.edges, EDGE_PARTS);
  return nodes && edges ? { nodes, edges } : undefined;
}

/** Ids of the items whose settings changed, or undefined when anything else but `parts` changed. */
function changedConfigs<T extends { id: string; config: unknown }>(before: readonly T[], after: readonly T[], parts: ReadonlySet<string>): string[] | undefined {
  if (before === after) return [];
  if (before.length !== after.length) return undefined;
  const changed: string[] = [];
  for (let i = 0; i < before.length; i++) {
    const a = before[i] as T;
    const b = after[i] as T;
    if (a === b) continue;
    if (!sameExcept(a, b, parts)) return undefined;
    if (a.config !== b.config) changed.push(b.id);
  }
  return changed;
}
