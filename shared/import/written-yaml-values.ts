/**
 * Values `writeCfnYaml` wrote, by the text it made of them, so that reading that text back (export
 * does, for every generic resource) copies the value instead of parsing the YAML again. Bounded:
 * the oldest go first. Holds copies, and `readCfnYaml` hands out copies: nobody shares a value.
 */
const written = new Map<string, unknown>();
const MOST_WRITTEN = 20_000;
let writtenChars = 0;
const MOST_WRITTEN_CHARS = 16 * 1024 * 1024;

/**
 * Plain strings the YAML 1.2 core schema reads as something else: null (the empty string too), a
 * boolean, a number. The YAML 1.1 writer leaves some of them unquoted (`0o17`), which the 1.2 reader
 * would not read back as written; values holding one are parsed, not remembered.
 */
const CORE_NOT_STRING = /^(?:~|[Nn]ull|NULL|[Tt]rue|TRUE|[Ff]alse|FALSE|0o[0-7]+|[-+]?[0-9]+|0x[0-9a-fA-F]+|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN|[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?)?$/;
/**
 * Strings on one line, of printable characters, without space at either end: others (block scalars,
 * escapes) may read back otherwise than written (` \n` reads back as `\n`), so they are parsed.
 */
const ONE_LINE = /^(?:[!-~\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD](?:[ -~\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD]*[!-~\u00A0-\uD7FF\uE000-\uFEFE\uFF00-\uFFFD])?)?$/;
const remembered = (text: string) => ONE_LINE.test(text) && !CORE_NOT_STRING.test(text);

const UNSAFE = Symbol('unsafe');

/** A copy of a JSON value that reads back from its YAML as it is, or UNSAFE (other types, shared parts, strings the reader would turn). */
function safeCopy(value: unknown, seen: Set<object>): unknown {
  switch (typeof value) {
    case 'string':
      return remembered(value) ? value : UNSAFE;
    case 'number':
      return Object.is(value, -0) ? UNSAFE : value;
    case 'boolean':
      return value;
    case 'object': {
      if (value === null) return null;
      if (seen.has(value)) return UNSAFE;
      seen.add(value);
      if (Array.isArray(value)) {
        const copy: unknown[] = [];
        for (const item of value) {
          const c = safeCopy(item, seen);
          if (c === UNSAFE) return UNSAFE;
          copy.push(c);
        }
        return copy;
      }
      if (Object.getPrototypeOf(value) !== Object.prototype) return UNSAFE;
      const copy: Record<string, unknown> = {};
      for (const key of Object.keys(value)) {
        if (key === '__proto__' || key === '<<' || !remembered(key)) return UNSAFE;
        const c = safeCopy((value as Record<string, unknown>)[key], seen);
        if (c === UNSAFE) return UNSAFE;
        copy[key] = c;
      }
      return copy;
    }
    default:
      return UNSAFE;
  }
}

/** A copy of a value `safeCopy` made: plain objects, arrays and scalars only. */
function copyOf(value: unknown): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) return value.map(copyOf);
  const copy: Record<string, unknown> = {};
  for (const key of Object.keys(value)) copy[key] = copyOf((value as Record<string, unknown>)[key]);
  return copy;
}

/** Remembers the value `text` was written from, when reading the text back gives that value. */
export function remember(text: string, value: unknown): void {
  if (text.length > MOST_WRITTEN_CHARS || written.has(text)) return;
  const copy = safeCopy(value, new Set());
  if (copy === UNSAFE) return;
  written.set(text, copy);
  writtenChars += text.length;
  for (const oldest of written.keys()) {
    if (written.size <= MOST_WRITTEN && writtenChars <= MOST_WRITTEN_CHARS) break;
    written.delete(oldest);
    writtenChars -= oldest.length;
  }
}

/** A copy of the value `text` was written from, or undefined when it is not remembered. */
export function rememberedValue(text: string): { value: unknown } | undefined {
  return written.has(text) ? { value: copyOf(written.get(text)) } : undefined;
}
