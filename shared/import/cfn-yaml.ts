import { type CollectionTag, isMap, isSeq, parse, type ScalarTag, Schema, stringify } from 'yaml';

/** Short-form tags and the long form each stands for. */
const INTRINSICS: Record<string, string> = {
  Ref: 'Ref', Condition: 'Condition',
  GetAtt: 'Fn::GetAtt', Sub: 'Fn::Sub', Join: 'Fn::Join', Select: 'Fn::Select', Split: 'Fn::Split', GetAZs: 'Fn::GetAZs',
  ImportValue: 'Fn::ImportValue', FindInMap: 'Fn::FindInMap', Base64: 'Fn::Base64', Cidr: 'Fn::Cidr', If: 'Fn::If',
  Equals: 'Fn::Equals', And: 'Fn::And', Or: 'Fn::Or', Not: 'Fn::Not', Transform: 'Fn::Transform', Length: 'Fn::Length',
  ToJsonString: 'Fn::ToJsonString', ForEach: 'Fn::ForEach', Contains: 'Fn::Contains', EachMemberEquals: 'Fn::EachMemberEquals',
  EachMemberIn: 'Fn::EachMemberIn', RefAll: 'Fn::RefAll', ValueOf: 'Fn::ValueOf', ValueOfAll: 'Fn::ValueOfAll',
  Implies: 'Fn::Implies',
};

/** `!GetAtt A.B` is short for `Fn::GetAtt: [A, B]`; the attribute may itself hold dots. */
function longValue(name: string, value: unknown): unknown {
  if (name === 'GetAtt' && typeof value === 'string') {
    const dot = value.indexOf('.');
    return dot < 0 ? [value] : [value.slice(0, dot), value.slice(dot + 1)];
  }
  return value;
}

export const CFN_TAGS: (ScalarTag | CollectionTag)[] = Object.entries(INTRINSICS).flatMap(([name, key]) => [
  { tag: `!${name}`, resolve: (value: string) => ({ [key]: longValue(name, value) }) } as ScalarTag,
  { tag: `!${name}`, collection: 'seq', resolve: (seq: unknown) => ({ [key]: isSeq(seq) ? seq.toJSON() : seq }) } as unknown as CollectionTag,
  { tag: `!${name}`, collection: 'map', resolve: (map: unknown) => ({ [key]: isMap(map) ? map.toJSON() : map }) } as unknown as CollectionTag,
]);

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

function remember(text: string, value: unknown): void {
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

/** A YAML value written with CloudFormation's short tags (or long forms), as long-form JSON; throws on bad YAML. */
export function readCfnYaml(text: string): unknown {
  if (written.has(text)) return copyOf(written.get(text));
  return parse(text, { customTags: CFN_TAGS, maxAliasCount: 100 }) as unknown;
}

/** Words, joined by single spaces or `::`, that need no quotes unless YAML 1.1 reads them as something else. */
const PLAIN = /^[A-Za-z0-9][\w./-]*(?:(?: |::)[\w./-]+)*$/;
/** What the yaml package's YAML 1.1 writer tests a plain string against (booleans, numbers, null...). */
const YAML_11_TYPES = new Schema({ schema: 'yaml-1.1' }).tags.filter((tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test);
const plain = (text: string) => text.length <= 1000 && PLAIN.test(text) && !YAML_11_TYPES.some((tag) => tag.test?.test(text));
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

/** Long-form JSON as YAML text, for the text fields of a generic resource. */
export function writeCfnYaml(value: unknown): string {
  if (value === undefined) return '';
  const text = writeSimply(value) ?? stringify(value, { lineWidth: 0, version: '1.1' });
  remember(text, value);
  return text;
}
