import { canonicalJson } from '../model/canonical-json';
import { Intrinsic } from './intrinsics';

/** A map in a template value: an object that is neither a list nor one of the exporter's intrinsics. */
export const isTemplateMap = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value) && !(value instanceof Intrinsic);

/** A value with its intrinsics in the long form and its keys sorted: the same for values that mean the same. */
export const longFormKey = (value: unknown): string => canonicalJson(JSON.parse(JSON.stringify(value ?? null)));

/** Whether two template values mean the same, whether their intrinsics are the exporter's or read from a template. */
export const sameValue = (a: unknown, b: unknown): boolean => longFormKey(a) === longFormKey(b);

/** Whether a map holds a value that is not undefined (the exporter leaves unset settings undefined; they print as nothing). */
export function hasDefined(map: object): boolean {
  for (const key in map) if ((map as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

/**
 * Whether two values of a built template print the same, in YAML and in JSON: the same keys in the
 * same order, the same intrinsics (class and fields), the same scalars. Stricter than sameValue,
 * which reads short and long intrinsics and any key order as one.
 */
export function sameTemplateValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a)) {
    if (!Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameTemplateValue(a[i], b[i])) return false;
    return true;
  }
  if (Array.isArray(b) || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  const keys = Object.keys(left);
  const otherKeys = Object.keys(right);
  if (keys.length !== otherKeys.length) return false;
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i] as string;
    if (key !== otherKeys[i] || !sameTemplateValue(left[key], right[key])) return false;
  }
  return true;
}
