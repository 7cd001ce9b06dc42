import { expect } from 'vitest';
import { whyDeclined } from '../fast-yaml';
import { parseYamlFast, parseYamlPackage } from '../parse-template';

/**
 * The fast reader's contract, for one text: it declines, or what it gives is what the yaml package
 * gives, strictly equal (-0 is not 0): template, warnings, resource and section texts. Whether it read the text.
 */
export function readsAsYamlPackage(text: string): boolean {
  const fast = parseYamlFast(text);
  if (fast === undefined) return false;
  const slow = parseYamlPackage(text);
  if (!same(fast, slow)) {
    const message = `the fast reader differs from the yaml package on ${JSON.stringify(text)}`;
    expect(fast, message).toStrictEqual(slow);
    expect.fail(message);
  }
  return true;
}

/**
 * Deep equality of JSON-like values: Object.is for scalars (NaN is NaN, -0 is not 0), the same
 * prototype, own keys in any order. (vitest's toStrictEqual also compares a `constructor` key by identity.)
 */
function same(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (a === null || b === null || typeof a !== 'object' || typeof b !== 'object' || Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && same((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** How many of the texts the fast reader declined for each reason, most first, for the test logs. */
export function declineSummary(texts: readonly string[]): string {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const reason = whyDeclined(text);
    if (reason !== undefined) counts.set(reason.replace(/line \d+:? ?/g, ''), (counts.get(reason) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1]).map(([reason, n]) => `${n}× ${reason}`).join('; ');
}
