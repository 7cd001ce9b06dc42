import { isScalar, Schema, type ScalarTag } from 'yaml';
import { longForm } from './cfn-yaml';
import type { KeyLine } from './resource-texts';
import { blockScalar, decline, Declined, quoted } from './fast-yaml-scalars';

/**
 * A reader for the YAML that templates are written in: block maps and lists, one-line plain and
 * quoted scalars, block scalars, one-line flow lists and maps, comments and CloudFormation's short
 * tags. It reads such a template several times faster than the yaml package and gives what the yaml
 * package gives (parse-template.ts), or declines: on anything else, or anything it is not sure of
 * (anchors, other tags, repeated keys, multi-line plain or quoted scalars, tabs, documents markers...).
 * Errors are the yaml package's business: what it refuses, this declines.
 */
export interface FastRead {
  value: Record<string, unknown>;
  /** The lines of the text, without their line breaks. */
  lines: string[];
  /** The top-level keys. */
  sections: KeyLine[];
  /** The line of the Resources key and the resources' keys, when Resources is a block map. */
  resources?: { line: number; keys: KeyLine[] };
}

/** The template read, or undefined when this reader declines it. */
export function readFastYaml(text: string): FastRead | undefined {
  try {
    return read(text);
  } catch (error) {
    if (error instanceof Declined) return undefined;
    throw error;
  }
}

/** Why the reader declines a text (for tests and tuning), or undefined when it reads it. */
export function whyDeclined(text: string): string | undefined {
  try {
    read(text);
    return undefined;
  } catch (error) {
    if (error instanceof Declined) return error.message;
    throw error;
  }
}

/** Declined before reading: control characters, byte order marks, a carriage return without a line feed. */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const UNSUPPORTED = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]|\r(?!\n)/;
/** Blank lines and comments, then `---` alone on its line: the start of the document. */
const DOCUMENT_START = /(?:[ ]*(?:#.*)?\r?\n)*---\r?\n/y;
/** Document markers and directives, declined after the start of the document. */
const MARKERS = /^(?:---|\.\.\.|%)/gm;
/** Nesting deeper than this is declined (parseTemplate refuses anything deeper than 64 anyway). */
const MAX_NESTING = 100;
/** The longest implicit key the yaml package accepts. */
const MAX_KEY = 1024;

function read(text: string): FastRead {
  if (UNSUPPORTED.test(text)) decline('control character, byte order mark or lone CR');
  DOCUMENT_START.lastIndex = 0;
  const start = DOCUMENT_START.exec(text)?.[0] ?? '';
  MARKERS.lastIndex = start.length;
  if (MARKERS.test(text)) decline('document marker or directive');
  let lines = text.split('\n');
  if (text.includes('\r')) lines = lines.map((line) => (line.endsWith('\r') ? line.slice(0, -1) : line));
  const reader = new Reader(lines, start.split('\n').length - 1);
  const indent = reader.skip();
  if (indent < 0) decline('no content');
  const value = reader.blockMap(indent, indent);
  if (reader.skip() >= 0) decline('text after the top-level map');
  const sections = reader.keyLines.get(value) as KeyLine[];
  const resourcesKeys = reader.keyLines.get(value.Resources);
  const resourcesLine = sections.find((key) => key.name === 'Resources')?.line;
  return { value, lines, sections, ...(resourcesKeys && resourcesLine ? { resources: { line: resourcesLine, keys: resourcesKeys } } : {}) };
}

/** The core schema's tags for plain scalars that are not strings, in the order the yaml package tries them. */
const NOT_STRINGS = new Schema({ schema: 'core' }).tags.filter((tag): tag is ScalarTag & { test: RegExp } => tag.default === true && !!tag.test);
const RESOLVE_OPTIONS = { intAsBigInt: false };

/** Whether any of them may match: their union, anchored, so that most strings take one test. */
const MAYBE_NOT_STRING = new RegExp(`^(?:${NOT_STRINGS.map((tag) => tag.test.source).join('|')})`);
if (NOT_STRINGS.some((tag) => tag.test.flags !== '')) throw new Error('the core schema tests have flags; plainValue needs to try them one by one');

/** A plain scalar's value, as the yaml package resolves it with the core schema. */
function plainValue(source: string): unknown {
  if (!MAYBE_NOT_STRING.test(source)) return source;
  for (const tag of NOT_STRINGS) {
    if (tag.test.test(source)) {
      const value = tag.resolve(source, () => decline(`cannot resolve ${source}`), RESOLVE_OPTIONS);
      return isScalar(value) ? value.value : value;
    }
  }
  return source;
}

/** A map key as the yaml package makes it a JavaScript object's key (nodes/addPairToJSMap.js). */
const jsKey = (value: unknown) => (value === null ? '' : String(value));

const SPACE = 32;
const TAB = 9;
const HASH = 35;
const COLON = 58;

/** Index of a line's first character other than a space; declines on a tab there. */
function contentStart(line: string): number {
  let at = 0;
  while (line.charCodeAt(at) === SPACE) at++;
  if (line.charCodeAt(at) === TAB) decline('tab in indentation');
  return at;
}

/** Whether a `-` at `at` starts a list entry (it is followed by a space or ends the line). */
const isDash = (line: string, at: number) => line.charCodeAt(at) === 45 && (at + 1 === line.length || line.charCodeAt(at + 1) === SPACE);

/** Spaces, then nothing or a comment, from `at` to the end of the line. */
function restIsBlank(line: string, at: number): boolean {
  const start = at;
  while (line.charCodeAt(at) === SPACE) at++;
  return at === line.length || (at > start && line.charCodeAt(at) === HASH);
}

/** Characters a plain scalar may not start with; `-`, `?` and `:` only before a space or at the end of the line. */
const NOT_PLAIN_FIRST = new Set(',[]{}#&*!|>\'"%@`\t');
const FIRST_BEFORE_SPACE = new Set('-?:');

/**
 * Just before a `:` that makes a plain scalar a key (`: ` or `:` at the end), a comment or a tab, or
 * at the end of the line; matching nothing, so that test() leaves lastIndex there without making an array.
 */
const PLAIN_STOP = /(?=:(?: |$)| #|\t)|$/g;

/**
 * A plain scalar on one line in block context, from `start`: where it stops, at the `:` that makes it
 * a key (see isColon), at a comment or at the end of the line; trailing spaces are left to trimEnd.
 */
function scanPlain(line: string, start: number): number {
  const first = line[start] as string;
  if (NOT_PLAIN_FIRST.has(first) || (FIRST_BEFORE_SPACE.has(first) && (start + 1 === line.length || line[start + 1] === ' '))) decline(`plain scalar starting with ${first}`);
  PLAIN_STOP.lastIndex = start;
  PLAIN_STOP.test(line);
  const stop = PLAIN_STOP.lastIndex;
  if (line.charCodeAt(stop) === TAB) decline('tab');
  return stop;
}

/** Where the text before `at` ends, trailing spaces left out. */
function trimEnd(line: string, at: number): number {
  while (line.charCodeAt(at - 1) === SPACE) at--;
  return at;
}

const isColon = (line: string, at: number) => line.charCodeAt(at) === COLON;

class Reader {
  /** The line being read. */
  private i: number;
  private depth = 0;
  /** The keys of the top-level map and of the block maps it holds, with their lines. */
  readonly keyLines = new Map<unknown, KeyLine[]>();

  /** Reads `lines` from line `first` (0-based). */
  constructor(
    private readonly lines: string[],
    first: number,
  ) {
    this.i = first;
  }

  /** Moves past blank lines and comments: the indentation of the line reached, or -1 at the end. */
  skip(): number {
    const lines = this.lines;
    for (; this.i < lines.length; this.i++) {
      const line = lines[this.i] as string;
      const at = contentStart(line);
      if (at < line.length && line.charCodeAt(at) !== HASH) return at;
    }
    return -1;
  }

  /** Whether the next entry of a collection indented by `indent` follows; declines on a line indented more. */
  private nextEntry(indent: number): boolean {
    const at = this.skip();
    if (at > indent) decline(`line ${this.i + 1} indented more than its collection`);
    return at === indent;
  }

  private enter(): void {
    if (++this.depth > MAX_NESTING) decline('nested too deep');
  }

  /** A block map whose entries are indented by `indent`, the first of them at `at` on the current line. */
  blockMap(indent: number, at: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    const keyLines: KeyLine[] | undefined = this.depth <= 2 ? [] : undefined;
    if (keyLines) this.keyLines.set(map, keyLines);
    for (;;) {
      const line = this.lines[this.i] as string;
      const key = this.key(line, at);
      // Keys that are not strings become strings in JavaScript; the texts cut from the top maps need string keys.
      if (!this.keyIsString && keyLines) decline(`key ${key} is not a string`);
      if (key === '__proto__' || Object.hasOwn(map, key)) decline(`key ${key} repeated`);
      keyLines?.push({ name: key, line: this.i + 1 });
      map[key] = this.valueAfterKey(line, this.afterKey, indent);
      if (!this.nextEntry(indent)) break;
      at = indent;
    }
    this.depth--;
    return map;
  }

  /** A block list whose `-` are indented by `indent`, the first at `at` on the current line. */
  private blockSeq(indent: number, at: number): unknown[] {
    this.enter();
    const items: unknown[] = [];
    for (;;) {
      const line = this.lines[this.i] as string;
      if (restIsBlank(line, at + 1)) {
        this.i++;
        items.push(this.blockValue(indent, false));
      } else items.push(this.inlineNode(line, skipSpaces(line, at + 1), indent, true));
      if (!this.nextEntry(indent) || !isDash(this.lines[this.i] as string, indent)) break;
      at = indent;
    }
    this.depth--;
    return items;
  }

  /** Set by key(): where the value starts (after the `:`), and whether the key is a string in YAML. */
  private afterKey = 0;
  private keyIsString = true;

  /** A key at `at`, plain or quoted, as JavaScript has it (see afterKey and keyIsString). */
  private key(line: string, at: number): string {
    const c = line[at];
    let key: string;
    let colon: number;
    this.keyIsString = true;
    if (c === '"' || c === "'") {
      [key, colon] = quoted(line, at);
      colon = skipSpaces(line, colon);
      if (!isColon(line, colon)) decline(`line ${this.i + 1}: no key`);
    } else {
      if (c === '-' && isDash(line, at)) decline(`line ${this.i + 1}: a list entry where a key was expected`);
      colon = scanPlain(line, at);
      if (!isColon(line, colon)) decline(`line ${this.i + 1}: no key`);
      const source = line.slice(at, trimEnd(line, colon));
      const value = plainValue(source);
      this.keyIsString = value === source;
      key = jsKey(value);
    }
    if (colon - at > MAX_KEY) decline('key too long');
    if (colon + 1 < line.length && line.charCodeAt(colon + 1) !== SPACE) decline('no space after a quoted key');
    this.afterKey = colon + 1;
    return key;
  }

  /** The value of a key whose `:` ends before `at`. */
  private valueAfterKey(line: string, at: number, indent: number): unknown {
    if (restIsBlank(line, at)) {
      this.i++;
      return this.blockValue(indent, true);
    }
    return this.inlineNode(line, skipSpaces(line, at), indent, false);
  }

  /**
   * A node on the lines that follow: a block map or list, or a scalar on a line of its own, indented
   * more than `parentIndent` (or a list indented as much, after a key); or null when there is none.
   */
  private blockValue(parentIndent: number, listAtKeyIndent: boolean): unknown {
    const from = this.i;
    const indent = this.skip();
    if (indent < 0) return null;
    const line = this.lines[this.i] as string;
    if (indent > parentIndent) {
      if (isDash(line, indent)) return this.blockSeq(indent, indent);
      const c = line[indent];
      if (c === '|' || c === '>') decline(`line ${this.i + 1}: block scalar on a line of its own`);
      // The yaml package may read a plain scalar below a comment as one with the lines after it.
      if (this.i > from && c !== '"' && c !== "'" && c !== '[' && c !== '{' && !isColon(line, scanPlain(line, indent))) {
        for (let k = from; k < this.i; k++) if ((this.lines[k] as string).includes('#')) decline(`line ${this.i + 1}: plain scalar below a comment`);
      }
      return this.inlineNode(line, indent, parentIndent, true);
    }
    if (indent === parentIndent && listAtKeyIndent && isDash(line, indent)) return this.blockSeq(indent, indent);
    return null;
  }

  /**
   * The node that starts at `at` on the current line, after a key or a `-` of a collection indented
   * by `parentIndent`; after a `-` it may be a map or a list itself (`- Key: value`, `- - item`).
   * With a tag (`!Ref`...), a scalar or flow collection, in the tag's long form.
   */
  private inlineNode(line: string, at: number, parentIndent: number, inList: boolean, tag?: string): unknown {
    const c = line[at];
    if (c === '!') {
      if (tag !== undefined) decline('two tags');
      return this.tagged(line, at, parentIndent, inList);
    }
    if (c === '-' && isDash(line, at)) {
      if (!inList || tag !== undefined) decline(`line ${this.i + 1}: a list on the line of a key or tag`);
      return this.blockSeq(at, at);
    }
    if (c === '|' || c === '>') return long(tag, this.blockScalar(line, at, parentIndent));
    if (c === '[' || c === '{') return long(tag, this.flowOnLine(line, at));
    let value: unknown;
    let end: number;
    let isKey: boolean;
    if (c === '"' || c === "'") {
      [value, end] = quoted(line, at);
      const colon = skipSpaces(line, end);
      isKey = line.charCodeAt(colon) === COLON && (colon + 1 === line.length || line.charCodeAt(colon + 1) === SPACE);
    } else {
      const stop = scanPlain(line, at);
      end = trimEnd(line, stop);
      isKey = isColon(line, stop);
      // A tag takes the scalar as written: `!Ref 1` is { Ref: '1' }.
      value = tag === undefined ? plainValue(line.slice(at, end)) : line.slice(at, end);
    }
    if (isKey) {
      if (!inList || tag !== undefined) decline(`line ${this.i + 1}: a map on the line of a key or tag`);
      return this.blockMap(at, at);
    }
    if (!restIsBlank(line, end)) decline(`line ${this.i + 1}: text after a scalar`);
    this.i++;
    return long(tag, value);
  }

  /** A node with one of CloudFormation's tags (`!Ref`, `!GetAtt`...), in its long form. */
  private tagged(line: string, at: number, parentIndent: number, inList: boolean): unknown {
    let end = at + 1;
    while (end < line.length && line.charCodeAt(end) !== SPACE) end++;
    const name = line.slice(at + 1, end);
    if (!restIsBlank(line, end)) return this.inlineNode(line, skipSpaces(line, end), parentIndent, inList, name);
    // The tagged map or list is on the lines that follow.
    this.i++;
    const value = this.blockValue(parentIndent, !inList);
    if (value === null || typeof value !== 'object') decline('a tag without a collection after it');
    return long(name, value);
  }

  private blockScalar(line: string, at: number, parentIndent: number): string {
    const [value, next] = blockScalar(this.lines, this.i, line.slice(at), parentIndent);
    this.i = next;
    return value;
  }

  /** A flow list or map that ends on the line it starts on, with nothing but a comment after it. */
  private flowOnLine(line: string, at: number): unknown {
    const [value, end] = this.flow(line, at);
    if (!restIsBlank(line, end)) decline(`line ${this.i + 1}: text after a flow collection`);
    this.i++;
    return value;
  }

  /** A flow list or map at `at` (`[` or `{`), and the index after its end. */
  private flow(line: string, at: number): [unknown, number] {
    this.enter();
    const isMap = line[at] === '{';
    const close = isMap ? '}' : ']';
    const map: Record<string, unknown> = {};
    const list: unknown[] = [];
    at = skipSpaces(line, at + 1);
    if (line[at] !== close) {
      for (;;) {
        if (isMap) {
          const [key, afterKey] = this.flowKey(line, at);
          if (key === '__proto__' || Object.hasOwn(map, key)) decline(`key ${key} repeated`);
          const [value, end] = this.flowNode(line, skipSpaces(line, afterKey));
          map[key] = value;
          at = end;
        } else {
          const [value, end] = this.flowNode(line, at);
          list.push(value);
          at = end;
        }
        at = skipSpaces(line, at);
        if (line[at] === close) break;
        if (line[at] !== ',') decline(`line ${this.i + 1}: flow collection not closed on its line`);
        at = skipSpaces(line, at + 1);
        if (line[at] === close) decline('trailing comma');
      }
    }
    this.depth--;
    return [isMap ? map : list, at + 1];
  }

  /** A key of a flow map, plain or quoted, followed by `: `; and where its value starts. */
  private flowKey(line: string, at: number): [string, number] {
    const c = line[at];
    let key: string;
    let end: number;
    if (c === '"' || c === "'") [key, end] = quoted(line, at);
    else {
      end = scanFlowPlain(line, at);
      key = jsKey(plainValue(line.slice(at, end)));
    }
    if (line.charCodeAt(end) !== COLON || line.charCodeAt(end + 1) !== SPACE) decline('flow map key without ": "');
    return [key, end + 2];
  }

  /** A scalar, tagged scalar or collection inside a flow collection, and the index after it; a plain scalar left a string unless `resolve`. */
  private flowNode(line: string, at: number, resolve = true): [unknown, number] {
    const c = line[at];
    if (c === '!') {
      let end = at + 1;
      while (end < line.length && !' ,[]{}'.includes(line[end] as string)) end++;
      const name = line.slice(at + 1, end);
      if (line.charCodeAt(end) !== SPACE || line[skipSpaces(line, end)] === '!') decline('a tag without a value');
      const [value, after] = this.flowNode(line, skipSpaces(line, end), false);
      return [long(name, value), after];
    }
    if (c === '[' || c === '{') return this.flow(line, at);
    if (c === '"' || c === "'") return quoted(line, at);
    const end = scanFlowPlain(line, at);
    const source = line.slice(at, end);
    return [resolve ? plainValue(source) : source, end];
  }
}

/** A value with a CloudFormation tag, in its long form; a value without a tag as it is. */
function long(tag: string | undefined, value: unknown): unknown {
  return tag === undefined ? value : (longForm(tag, value) ?? decline(`tag !${tag}`));
}

const skipSpaces = (line: string, at: number) => {
  while (line.charCodeAt(at) === SPACE) at++;
  return at;
};

/** Characters a plain scalar in a flow collection may not start with. */
const NOT_FLOW_PLAIN_FIRST = new Set(',[]{}#&*!|>\'"%@`?:-\t');

/** The end of a plain scalar inside a flow collection (trailing spaces left out); declines on what is not simple. */
function scanFlowPlain(line: string, start: number): number {
  if (start >= line.length || NOT_FLOW_PLAIN_FIRST.has(line[start] as string)) decline(`flow scalar starting with ${line[start] ?? 'the end of a line'}`);
  let at = start;
  for (; at < line.length; at++) {
    const c = line[at] as string;
    if (c === ',' || c === ']' || c === '}' || c === '[' || c === '{') break;
    if (c === ':' && ' ,[]{}'.includes(line[at + 1] ?? ' ')) break;
    if (c === '#' && line[at - 1] === ' ') decline('comment in a flow collection');
    if (c === '\t') decline('tab');
  }
  return trimEnd(line, at);
}
