import type { ExportContext } from './context';
import type { DesignPart } from './design-part';
import type { ExportAnalysis } from './export-template';
import type { ExportedDesign } from './exported-design';
import { recordOf } from './record-of';
import { sameTemplateValue } from './template-values';

/** The resource map and explanations after an edit, and the ids of the nodes and edges they hold (in id order). */
export type RecordsAfter = Pick<ExportAnalysis, 'resourceMap' | 'explanations'> & Pick<ExportedDesign, 'recordKeys'>;

/**
 * The previous resource map and explanations, with those of the near nodes and edges as the part
 * gives them after the edit, and without those of the nodes and edges the edit removed. Each object
 * is copied only when something in it changed, and keeps the full export's order (by id).
 */
export function recordsAfter(previous: ExportedDesign, after: ExportContext, part: DesignPart, removedEdges: ReadonlySet<string>): RecordsAfter {
  const nodes = new Map<string, string[] | undefined>();
  for (const id of part.near) nodes.set(id, after.index.node(id) ? [...(after.nodeResources.get(id) ?? [])] : undefined);
  const edges = new Map<string, string[] | undefined>();
  const explanations = new Map<string, ExportAnalysis['explanations'][string] | undefined>();
  for (const id of part.nearEdges) {
    const gone = removedEdges.has(id);
    edges.set(id, gone ? undefined : [...(after.edgeResources.get(id) ?? [])]);
    explanations.set(id, gone ? undefined : [...(after.explanations.get(id) ?? [])]);
  }
  const { analysis, recordKeys } = previous;
  const nodeRecord = updated(analysis.resourceMap.nodes, recordKeys.nodes, nodes);
  const edgeRecord = updated(analysis.resourceMap.edges, recordKeys.edges, edges);
  const explanationRecord = updated(analysis.explanations, recordKeys.edges, explanations);
  return {
    resourceMap: { nodes: nodeRecord.record, edges: edgeRecord.record },
    explanations: explanationRecord.record,
    recordKeys: { nodes: nodeRecord.keys, edges: edgeRecord.keys },
  };
}

/** `record` (with these keys, in id order) with the values of `updates` (undefined: the key goes); the same object when nothing changes. */
function updated<T>(record: Record<string, T>, keys: readonly string[], updates: ReadonlyMap<string, T | undefined>): { record: Record<string, T>; keys: readonly string[] } {
  const added: string[] = [];
  const gone = new Set<string>();
  let replaced = false;
  for (const [id, value] of updates) {
    const old = record[id];
    if (old === undefined) {
      if (value !== undefined) added.push(id);
    } else if (value === undefined) {
      gone.add(id);
    } else {
      replaced ||= !sameTemplateValue(old, value);
    }
  }
  if (added.length === 0 && gone.size === 0 && !replaced) return { record, keys };
  const nextKeys = added.length === 0 && gone.size === 0 ? keys : merged(keys.filter((id) => !gone.has(id)), added.sort());
  const result = recordOf(nextKeys, (id) => record[id] as T);
  for (const [id, value] of updates) {
    const old = record[id];
    if (value !== undefined && (old === undefined || !sameTemplateValue(old, value))) result[id] = value;
  }
  return { record: result, keys: nextKeys };
}

function merged(a: readonly string[], b: readonly string[]): string[] {
  const result: string[] = [];
  let j = 0;
  for (const id of a) {
    for (; j < b.length && (b[j] as string) < id; j++) result.push(b[j] as string);
    result.push(id);
  }
  for (; j < b.length; j++) result.push(b[j] as string);
  return result;
}
