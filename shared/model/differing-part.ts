/**
 * The stretch of two lists between their longest common start and end (the same objects in the same
 * places): an edit maps, filters or appends to a design's lists, and what is the same before and
 * after that stretch is unchanged. Ids are unique in each list, so an item that stays does so within it.
 */
export function differingPart<T>(before: readonly T[], after: readonly T[]): { before: readonly T[]; after: readonly T[] } {
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start++;
  let end = 0;
  while (end < shorter - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { before: before.slice(start, before.length - end), after: after.slice(start, after.length - end) };
}
