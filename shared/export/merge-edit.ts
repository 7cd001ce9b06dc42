import type { CfnResource } from './template-types';
import { isTemplateMap, longFormKey, sameValue } from './template-values';

type Json = Record<string, unknown>;

/** Lists whose items stand each on their own (policies, layers, ids), so items can be added and removed one by one. */
const SET_LIKE = new Set(['Policies', 'Layers', 'ManagedPolicyArns', 'SecurityGroupIds', 'SubnetIds']);

/** The original list with the items the edit removed taken out and those it added put at the end. */
function mergeSet(original: unknown[], base: unknown[], edited: unknown[]): unknown[] {
  const before = new Set(base.map(longFormKey));
  const after = new Set(edited.map(longFormKey));
  const kept = original.filter((item) => {
    const key = longFormKey(item);
    return !(before.has(key) && !after.has(key));
  });
  const present = new Set(kept.map(longFormKey));
  return [...kept, ...edited.filter((item) => !before.has(longFormKey(item)) && !present.has(longFormKey(item)))];
}

/** An empty list or map where the value is one, so that what the template had is kept beside what an edit adds. */
const emptyLike = (value: unknown): unknown => (Array.isArray(value) ? [] : isTemplateMap(value) ? {} : undefined);

/**
 * Three-way merge of one value: `original` as the template had it, `base` as the exporter renders
 * it from the design as imported, `edited` as it renders it now. What the edit changed (base →
 * edited) is applied to the original; everything else stays as written, including what the design
 * does not model (tags, names, policies it does not draw, events it does not draw). Maps merge key
 * by key, lists of policies, layers and ids item by item; other lists and scalars the edit touched
 * are taken whole.
 */
export function mergeValue(original: unknown, base: unknown, edited: unknown, key?: string): unknown {
  if (sameValue(base, edited)) return original;
  // SAM takes one policy (a document, a name) for a list of one.
  if (key !== undefined && SET_LIKE.has(key) && Array.isArray(base) && Array.isArray(edited) && original !== undefined && original !== null) {
    return mergeSet(Array.isArray(original) ? original : [original], base, edited);
  }
  if (!isTemplateMap(original) || !isTemplateMap(base) || !isTemplateMap(edited)) return edited;
  // The exporter leaves settings it does not write as undefined: they count as absent.
  const has = (map: Json, key: string) => map[key] !== undefined;
  const merged: Json = {};
  for (const [key, value] of Object.entries(original)) {
    if (!has(edited, key)) {
      // Rendered as imported and not any more: the edit took it away. Otherwise the design never modelled it.
      if (!has(base, key)) merged[key] = value;
      continue;
    }
    // Not rendered as imported but now, and in the template too: what the template had stays beside the edit.
    merged[key] = mergeValue(value, has(base, key) ? base[key] : emptyLike(edited[key]), edited[key], key);
  }
  for (const [key, value] of Object.entries(edited)) {
    if (has(original, key) || value === undefined) continue;
    // What the exporter adds by default, the template did without: only a changed value is written.
    if (!has(base, key) || !sameValue(base[key], value)) merged[key] = value;
  }
  return merged;
}

/**
 * An edited imported resource: the exporter's rendering of the edit applied to the resource as the
 * template had it, its keys (Type, Properties, Metadata...) in the template's order; attributes the
 * rendering leaves out (DependsOn, Metadata, DeletionPolicy...) kept. Taken as rendered when the
 * exporter makes another type of it (SAM to CloudFormation).
 */
export function mergeEdit(original: Json, base: CfnResource | undefined, edited: CfnResource): CfnResource {
  if (!base || original.Type !== edited.Type || base.Type !== edited.Type) return edited;
  const rendered = edited as unknown as Json;
  const properties = mergeValue(original.Properties ?? {}, base.Properties ?? {}, edited.Properties ?? {}) as Json;
  const merged: Json = {};
  for (const key of [...Object.keys(original), ...Object.keys(rendered)]) {
    if (key in merged) continue;
    if (key === 'Properties') {
      if (Object.keys(properties).length > 0) merged.Properties = properties;
    } else if (rendered[key] !== undefined) merged[key] = rendered[key];
    else if (original[key] !== undefined) merged[key] = original[key];
  }
  return merged as unknown as CfnResource;
}
