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
