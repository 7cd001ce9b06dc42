import { compareText } from './compare-text';

/**
 * Deterministic, diff-friendly JSON: known objects keep a fixed, readable key order, every other
 * object's keys are sorted, and arrays of records keep the order the caller gave them.
 */
const PREFERRED_ORDER = [
  'format', 'version', 'id', 'kind', 'name', 'description', 'settings', 'source', 'target', 'meaning',
  'parentId', 'position', 'size', 'x', 'y', 'width', 'height', 'zoom', 'config', 'notes',
  'nodes', 'edges', 'suppressions', 'viewport',
];
const rank = new Map(PREFERRED_ORDER.map((k, i) => [k, i]));

function compareKeys(a: string, b: string): number {
  const ra = rank.get(a);
  const rb = rank.get(b);
  if (ra !== undefined && rb !== undefined) return ra - rb;
  if (ra !== undefined) return -1;
  if (rb !== undefined) return 1;
  return compareText(a, b);
}

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort(compareKeys)) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

export function canonicalJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 2)}\n`;
}
