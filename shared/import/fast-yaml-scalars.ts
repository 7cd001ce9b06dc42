/** The scalars of fast-yaml.ts: quoted ones on one line, and block scalars, read as the yaml package reads them. */

/** Thrown when the fast reader declines a text: the yaml package reads it instead. */
export class Declined extends Error {}

export function decline(reason: string): never {
  throw new Declined(reason);
}

/** A quoted scalar (single or double) that starts at `at` and ends on its line: its value and the index after it. */
export function quoted(line: string, at: number): [string, number] {
  return line[at] === '"' ? doubleQuoted(line, at) : singleQuoted(line, at);
}

/** A single-quoted scalar that starts at `at` and ends on its line: its value and the index after it. */
function singleQuoted(line: string, at: number): [string, number] {
  let value = '';
  let from = at + 1;
  for (;;) {
    const quote = line.indexOf("'", from);
    if (quote < 0) decline('single-quoted scalar over several lines');
    value += line.slice(from, quote);
    if (line[quote + 1] !== "'") return [value, quote + 1];
    value += "'";
    from = quote + 2;
  }
}

/** The escapes of double-quoted scalars, as the yaml package reads them. */
const ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', e: '\x1b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', N: '\u0085', _: '\u00a0',
  L: '\u2028', P: '\u2029', ' ': ' ', '"': '"', '/': '/', '\\': '\\', '\t': '\t',
};
const HEX_LENGTH: Record<string, number> = { x: 2, u: 4, U: 8 };
const QUOTE_OR_ESCAPE = /["\\]/g;

/** A double-quoted scalar that starts at `at` and ends on its line: its value and the index after it. */
function doubleQuoted(line: string, at: number): [string, number] {
  let value = '';
  let from = at + 1;
  for (;;) {
    QUOTE_OR_ESCAPE.lastIndex = from;
    const found = QUOTE_OR_ESCAPE.exec(line);
    if (!found) decline('double-quoted scalar over several lines');
    value += line.slice(from, found.index);
    if (found[0] === '"') return [value, found.index + 1];
    const escape = line[found.index + 1] ?? decline('escaped line break');
    const length = HEX_LENGTH[escape];
    if (Object.hasOwn(ESCAPES, escape)) {
      value += ESCAPES[escape];
      from = found.index + 2;
    } else if (length !== undefined) {
      const hex = line.slice(found.index + 2, found.index + 2 + length);
      const code = /^[0-9a-fA-F]+$/.test(hex) && hex.length === length ? parseInt(hex, 16) : 0x110000;
      if (code > 0x10ffff) decline(`escape \\${escape}${hex}`);
      value += String.fromCodePoint(code);
      from = found.index + 2 + length;
    } else decline(`escape \\${escape}`);
  }
}

/** `|` or `>`, an optional chomping indicator, then nothing or a comment. */
const BLOCK_HEADER = /^([|>])([-+]?)(?: +#.*| *)$/;

/**
 * A block scalar whose header (`|`, `>-`...) is `header`, on line `headerLine`, in a collection
 * indented by `parentIndent`: its value and the index of the line after it.
 */
export function blockScalar(lines: readonly string[], headerLine: number, header: string, parentIndent: number): [string, number] {
  const [, mode, chomp] = BLOCK_HEADER.exec(header) ?? decline(`block scalar header ${header}`);
  const spacesOf = (line: string) => {
    let at = 0;
    while (line.charCodeAt(at) === 32) at++;
    return at;
  };
  const blank = (line: string) => spacesOf(line) === line.length;
  let first = headerLine + 1;
  while (first < lines.length && blank(lines[first] as string)) first++;
  if (first === lines.length) decline('empty block scalar');
  const indent = spacesOf(lines[first] as string);
  if (indent <= parentIndent) decline('empty block scalar');
  // The lines of the scalar: up to the first one, not blank, that is indented less.
  let end = first + 1;
  let last = first;
  for (; end < lines.length; end++) {
    const line = lines[end] as string;
    const spaces = spacesOf(line);
    if (spaces === line.length) continue;
    if (spaces < indent) break;
    last = end;
  }
  for (let i = headerLine + 1; i < first; i++) if ((lines[i] as string).length > indent) decline('leading blank line indented more than the block scalar');
  // Blank lines at the end indented more than the text are text, and so are those above them.
  for (let i = last + 1; i < end; i++) if ((lines[i] as string).length > indent) last = i;
  if (end < lines.length) {
    // What follows is indented as a key or entry of the collection, or is a comment.
    const line = lines[end] as string;
    const spaces = spacesOf(line);
    if ((spaces > parentIndent && line[spaces] !== '#') || line[spaces] === '\t') decline('block scalar followed by a line indented more than its collection');
  }
  // As the yaml package folds and keeps lines (compose/resolve-block-scalar.js).
  let value = '\n'.repeat(first - headerLine - 1);
  let sep = '';
  let prevMoreIndented = false;
  for (let i = first; i <= last; i++) {
    const line = lines[i] as string;
    const spaces = spacesOf(line);
    if (mode === '|') {
      value += sep + line.slice(indent);
      sep = '\n';
    } else if (spaces > indent || line[spaces] === '\t') {
      if (sep === ' ') sep = '\n';
      else if (!prevMoreIndented && sep === '\n') sep = '\n\n';
      value += sep + line.slice(indent);
      sep = '\n';
      prevMoreIndented = true;
    } else if (spaces === line.length) {
      if (sep === '\n') value += '\n';
      else sep = '\n';
    } else {
      value += sep + line.slice(spaces);
      sep = ' ';
      prevMoreIndented = false;
    }
  }
  if (chomp === '') value += '\n';
  else if (chomp === '+') value += '\n'.repeat(Math.max(1, (end < lines.length ? end : lines.length - 1) - last));
  return [value, end];
}
