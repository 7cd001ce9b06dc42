/** Orders strings by UTF-16 code units: the same on every machine (localeCompare follows the locale, and is slower). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders records by their ids (compareText). */
export function byId<T extends { id: string }>(a: T, b: T): number {
  return compareText(a.id, b.id);
}
