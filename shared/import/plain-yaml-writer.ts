import { readsAsOtherThanString } from './yaml-1-1';

/** Words, joined by single spaces or `::`, that need no quotes unless YAML 1.1 reads them as something else. */
const PLAIN = /^[A-Za-z0-9][\w./-]*(?:(?: |::)[\w./-]+)*$/;
const plain = (text: string) => text.length <= 1000 && PLAIN.test(text) && !readsAsOtherThanString(text);
const isPlainObject = (value: object): value is Record<string, unknown> => Object.getPrototypeOf(value) === Object.prototype;

function scalarText(value: unknown): string | undefined {
  if (value === null) return 'null';
  if (typeof value === 'string') return plain(value) ? value : undefined;
  if (typeof value === 'boolean') return String(value);
  if (typeof value === 'number') return Number.isSafeInteger(value) && !Object.is(value, -0) ? String(value) : undefined;
  return undefined;
}

/** `{}`, `[]` or a scalar as written after `key: ` or `- `; undefined for a collection with items or what needs the writer. */
function inlineText(value: unknown, seen: Set<object>): string | undefined {
  if (value === null || typeof value !== 'object') return scalarText(value);
  // The same object twice is written with an anchor and aliases.
  if (seen.has(value)) return undefined;
  const empty = Array.isArray(value) ? value.length === 0 : isPlainObject(value) && Object.keys(value).length === 0;
  if (!empty) return undefined;
  seen.add(value);
  return Array.isArray(value) ? '[]' : '{}';
}

/** Lines of a map or sequence with items at `indent`, as the yaml package writes them; false for what this does not write. */
function blockLines(value: object, indent: string, lines: string[], seen: Set<object>): boolean {
  if (seen.has(value)) return false;
  seen.add(value);
  if (Array.isArray(value)) {
    for (const item of value) {
      const inline = inlineText(item, seen);
      if (inline !== undefined) lines.push(`${indent}- ${inline}`);
      else {
        if (item === null || typeof item !== 'object') return false;
        // The first line of a nested collection follows the dash.
        const first = lines.length;
        if (!blockLines(item, `${indent}  `, lines, seen)) return false;
        lines[first] = `${indent}- ${(lines[first] as string).slice(indent.length + 2)}`;
      }
    }
    return true;
  }
  if (!isPlainObject(value)) return false;
  for (const key of Object.keys(value)) {
    if (!plain(key)) return false;
    const item = value[key];
    const inline = inlineText(item, seen);
    if (inline !== undefined) lines.push(`${indent}${key}: ${inline}`);
    else {
      if (item === null || typeof item !== 'object') return false;
      lines.push(`${indent}${key}:`);
      if (!blockLines(item, `${indent}  `, lines, seen)) return false;
    }
  }
  return true;
}

/**
 * What `stringify(value, { lineWidth: 0, version: '1.1' })` writes, for maps and sequences of plain
 * words, integers, booleans and nulls (most resource properties); undefined for anything else.
 */
export function writeSimply(value: unknown): string | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const seen = new Set<object>();
  const inline = inlineText(value, seen);
  if (inline !== undefined) return `${inline}\n`;
  const lines: string[] = [];
  return blockLines(value, '', lines, seen) ? `${lines.join('\n')}\n` : undefined;
}
