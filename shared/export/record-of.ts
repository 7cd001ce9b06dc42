/**
 * A plain object with these keys, in this order, and their values. Built key by key into an object
 * that is a hash table from the start (a key added and deleted makes it one): V8 otherwise gives
 * the object a new hidden class for each of its first thousand keys, which costs several times more
 * on the maps of a large design than the copy itself.
 */
export function recordOf<T>(keys: readonly string[], valueOf: (key: string) => T): Record<string, T> {
  const record: Record<string, T> = { '': undefined as T };
  delete record[''];
  for (const key of keys) record[key] = valueOf(key);
  return record;
}
