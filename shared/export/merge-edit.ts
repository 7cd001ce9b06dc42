import { canonicalJson } from '../model/canonical-json';
import { Intrinsic } from './intrinsics';
import type { CfnResource } from './template-types';

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => v !== null && typeof v === 'object' && !Array.isArray(v) && !(v instanceof Intrinsic);
/** Same value once intrinsics are in their long form. */
export const sameValue = (a: unknown, b: unknown): boolean => canonicalJson(JSON.parse(JSON.stringify(a ?? null))) === canonicalJson(JSON.parse(JSON.stringify(b ?? null)));

/** Lists whose items stand each on their own (policies, layers, ids), so items can be added and removed one by one. */
const SET_LIKE = new Set(['Policies', 'Layers', 'ManagedPolicyArns', 'SecurityGroupIds', 'SubnetIds']);
const itemKey = (v: unknown) => canonicalJson(JSON.parse(JSON.stringify(v ?? null)));

/** The original list with the items the edit removed taken out and those it added put at the end. */
function mergeSet(original: unknown[], base: unknown[], edited: unknown[]): unknown[] {
  const before = new Set(base.map(itemKey));
  const after = new Set(edited.map(itemKey));
  const kept = original.filter((item) => {
    const key = itemKey(item);
    return !(before.has(key) && !after.has(key));
  });
  const present = new Set(kept.map(itemKey));
  return [...kept, ...edited.filter((item) => !before.has(itemKey(item)) && !present.has(itemKey(item)))];
}

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
  if (key !== undefined && SET_LIKE.has(key) && Array.isArray(original) && Array.isArray(base) && Array.isArray(edited)) return mergeSet(original, base, edited);
  if (!isRecord(original) || !isRecord(base) || !isRecord(edited)) return edited;
  const merged: Json = {};
  for (const [key, value] of Object.entries(original)) {
    if (!(key in edited)) {
      // Rendered as imported and not any more: the edit took it away. Otherwise the design never modelled it.
      if (!(key in base)) merged[key] = value;
      continue;
    }
    merged[key] = key in base ? mergeValue(value, base[key], edited[key], key) : edited[key];
  }
  for (const [key, value] of Object.entries(edited)) {
    if (key in original || value === undefined) continue;
    // What the exporter adds by default, the template did without: only a changed value is written.
    if (!(key in base) || !sameValue(base[key], value)) merged[key] = value;
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
