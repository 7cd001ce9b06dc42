/**
 * Whether two versions of an object hold the same values (by identity) under every key but those
 * in `ignored`. Edits share every part they leave alone, so identity tells what an edit changed.
 */
export function sameExcept(a: object, b: object, ignored: ReadonlySet<string>): boolean {
  const left = a as Record<string, unknown>;
  const right = b as Record<string, unknown>;
  for (const key of Object.keys(left)) if (!ignored.has(key) && left[key] !== right[key]) return false;
  for (const key of Object.keys(right)) if (!ignored.has(key) && !(key in left)) return false;
  return true;
}
