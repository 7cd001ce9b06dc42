import { type Document, isMap, isScalar, type LineCounter } from 'yaml';

/**
 * The text of each resource as written, with the blank lines and comments above it, so export can
 * write an untouched resource back exactly. Only for block-style YAML.
 */
export function resourceTexts(doc: Document, text: string, lineCounter: LineCounter): Record<string, string> {
  const root = doc.contents;
  if (!isMap(root)) return {};
  const resourcesPair = root.items.find((p) => isScalar(p.key) && p.key.value === 'Resources');
  const resources = resourcesPair?.value;
  if (!isMap(resources) || resources.flow || !isScalar(resourcesPair?.key) || !resourcesPair.key.range) return {};
  const lines = text.split(/\r?\n/);
  const indentOf = (line: string) => line.length - line.trimStart().length;
  const isComment = (line: string) => line.trimStart().startsWith('#');
  const resourcesLine = lineCounter.linePos(resourcesPair.key.range[0]).line;
  const keys: Array<{ id: string; line: number; indent: number }> = [];
  for (const pair of resources.items) {
    if (!isScalar(pair.key) || !pair.key.range || typeof pair.key.value !== 'string') return {};
    const line = lineCounter.linePos(pair.key.range[0]).line;
    keys.push({ id: pair.key.value, line, indent: indentOf(lines[line - 1] ?? '') });
  }
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
  if (!isMap(root) || root.flow) return {};
  const lines = text.split(/\r?\n/);
  const keys: Array<{ name: string; line: number }> = [];
  for (const pair of root.items) {
    if (!isScalar(pair.key) || !pair.key.range || typeof pair.key.value !== 'string') return {};
    const line = lineCounter.linePos(pair.key.range[0]).line;
    if ((lines[line - 1] ?? '').startsWith(' ')) return {};
    keys.push({ name: pair.key.value, line });
  }
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
