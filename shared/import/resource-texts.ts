import { type Document, isMap, isScalar, type LineCounter, type YAMLMap } from 'yaml';

/** A key of the template's top-level map or of its Resources map, and the (1-based) line it is on. */
export interface KeyLine {
  name: string;
  line: number;
}

/** The keys of a map of the document and their lines, when all are strings. */
function keyLinesOf(map: YAMLMap, lineCounter: LineCounter): KeyLine[] | undefined {
  const keys: KeyLine[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !pair.key.range || typeof pair.key.value !== 'string') return undefined;
    keys.push({ name: pair.key.value, line: lineCounter.linePos(pair.key.range[0]).line });
  }
  return keys;
}

/** The Resources key's line and the resources' keys, when Resources is a block map of string keys. */
function resourceKeysOf(doc: Document, lineCounter: LineCounter): { line: number; keys: KeyLine[] } | undefined {
  const root = doc.contents;
  if (!isMap(root)) return undefined;
  const resourcesPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'Resources');
  const resources = resourcesPair?.value;
  if (!isMap(resources) || resources.flow || !isScalar(resourcesPair?.key) || !resourcesPair.key.range) return undefined;
  const keys = keyLinesOf(resources, lineCounter);
  return keys && { line: lineCounter.linePos(resourcesPair.key.range[0]).line, keys };
}

/** The lines of a template as the texts below are cut from them. */
export const linesOf = (text: string): string[] => text.split(/\r?\n/);

/**
 * The text of each resource as written, with the blank lines and comments above it, so export can
 * write an untouched resource back exactly. Only for block-style YAML.
 */
export function resourceTexts(doc: Document, text: string, lineCounter: LineCounter): Record<string, string> {
  const resources = resourceKeysOf(doc, lineCounter);
  return resources ? resourceTextsAt(linesOf(text), resources.line, resources.keys) : {};
}

/** resourceTexts, from the lines of the template, the line of its Resources key and those of the resources' keys. */
export function resourceTextsAt(lines: readonly string[], resourcesLine: number, resourceKeys: readonly KeyLine[]): Record<string, string> {
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const isComment = (line: string) => line.trimStart().startsWith('#');
  const keys = resourceKeys.map(({ name, line }) => ({ id: name, line, indent: indentOf(lines[line - 1] ?? '') }));
  // Comments right above a key, no deeper than it, belong to that resource (1-based line numbers).
  const firstLineOf = (key: { line: number; indent: number }) => {
    let first = key.line;
    while (first > 1) {
      const above = lines[first - 2] ?? '';
      if (above.trim() === '' || (isComment(above) && indentOf(above) <= key.indent)) first--;
      else break;
    }
    while (first < key.line && (lines[first - 1] ?? '').trim() === '') first++;
    return first;
  };
  // The last resource ends before the next top-level key, or at the end of the text.
  let after = keys.length > 0 ? (keys[keys.length - 1] as { line: number }).line : 0;
  while (after < lines.length && !/^[^\s#]/.test(lines[after] ?? '')) after++;
  const result: Record<string, string> = {};
  // Each resource's text runs from just after the previous one (blank lines and its comments included) to its last line.
  let previousEnd = resourcesLine;
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    let last = next ? firstLineOf(next) - 1 : after;
    // Blank lines and top-level comments at the end belong to what follows.
    while (last > key.line && ((lines[last - 1] ?? '').trim() === '' || (!next && isComment(lines[last - 1] ?? '') && indentOf(lines[last - 1] ?? '') === 0))) last--;
    result[key.id] = lines.slice(previousEnd, last).join('\n');
    previousEnd = last;
  });
  return result;
}

/** Keys of sectionTexts for what is not a section: the lines before the first one, the blank lines and comments above Resources, and what follows the last section (from the end of its last line). */
export const HEADER = '(header)';
export const RESOURCES_LEAD = '(before Resources)';
export const TRAILER = '(after the last section)';
/** The `Resources:` line when it holds more than that (a comment, trailing spaces). */
export const RESOURCES_LINE = '(Resources line)';
/** `\r\n` when every line of the template ends so. */
export const LINE_BREAK = '(line break)';
/** The keys above: what surrounds the sections, written back whatever the design became. */
export const SURROUNDINGS: ReadonlySet<string> = new Set([HEADER, RESOURCES_LEAD, TRAILER, RESOURCES_LINE, LINE_BREAK]);

/**
 * The text of each top-level section other than Resources (Description, Parameters, Outputs…) as
 * written, with the blank lines and comments above it, so export can write an unchanged section
 * back exactly; and what surrounds the sections, so that an untouched template comes back byte for byte.
 */
export function sectionTexts(doc: Document, text: string, lineCounter: LineCounter): Record<string, string> {
  const root = doc.contents;
  const keys = isMap(root) && !root.flow ? keyLinesOf(root, lineCounter) : undefined;
  return keys ? sectionTextsAt(text, linesOf(text), keys) : {};
}

/** sectionTexts, from the template, its lines and the top-level keys. */
export function sectionTextsAt(text: string, lines: readonly string[], keys: readonly KeyLine[]): Record<string, string> {
  if (keys.some((key) => (lines[key.line - 1] ?? '').startsWith(' '))) return {};
  const result: Record<string, string> = {};
  // 1-based line numbers; each section's text runs from just after the previous one's last line.
  let previousEnd = 0;
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    if (i === 0) {
      // The comments right above the first section are its own; whatever comes before them is the header.
      let first = key.line;
      while (first > 1 && (lines[first - 2] ?? '').startsWith('#')) first--;
      if (first > 1) result[HEADER] = lines.slice(0, first - 1).join('\n');
      previousEnd = first - 1;
    }
    let last = next ? next.line - 1 : lines.length;
    // Comments and blank lines right above the next key belong to it.
    while (last > key.line && ((lines[last - 1] ?? '').trim() === '' || (lines[last - 1] ?? '').startsWith('#'))) last--;
    if (key.name !== 'Resources') result[key.name] = lines.slice(previousEnd, last).join('\n');
    else {
      if (previousEnd < key.line - 1) result[RESOURCES_LEAD] = lines.slice(previousEnd, key.line - 1).join('\n');
      if (lines[key.line - 1] !== 'Resources:') result[RESOURCES_LINE] = lines[key.line - 1] as string;
    }
    if (!next) result[TRAILER] = last < lines.length ? `\n${lines.slice(last).join('\n')}` : '';
    previousEnd = last;
  });
  if (text.includes('\r\n') && !/(^|[^\r])\n/.test(text)) result[LINE_BREAK] = '\r\n';
  return result;
}

/** The line of a resource's text that holds its key: the first that is neither blank nor a comment. */
function keyLineIndex(lines: readonly string[]): number {
  return lines.findIndex((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
}

/** Indentation of a resource's key in its text. */
export function keyIndentOf(text: string): number {
  const lines = text.split('\n');
  const keyLine = lines[keyLineIndex(lines)] ?? '';
  return keyLine.length - keyLine.trimStart().length;
}

/** The blank lines and comments above a resource's or section's key, or undefined when there are none. */
export function leadOf(text: string): string | undefined {
  const lines = text.split('\n');
  const at = keyLineIndex(lines);
  return at > 0 ? lines.slice(0, at).join('\n') : undefined;
}

/** Lines moved right (or left) by `by` columns; blank lines become empty. */
export function shiftLines(lines: readonly string[], by: number): string[] {
  if (by === 0) return [...lines];
  return lines.map((line) => {
    if (line.trim() === '') return '';
    if (by > 0) return ' '.repeat(by) + line;
    const lead = line.length - line.trimStart().length;
    return line.slice(Math.min(lead, -by));
  });
}

/** Moves a resource's text to another indentation (the exporter's is two spaces under Resources). */
export function reindent(text: string, to: number): string {
  const shift = to - keyIndentOf(text);
  return shift === 0 ? text : shiftLines(text.split('\n'), shift).join('\n');
}
