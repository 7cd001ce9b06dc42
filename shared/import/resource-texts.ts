import { type Document, isMap, isScalar, type LineCounter } from 'yaml';

/**
 * The text of each resource as written, with the comments and blank lines above it, so export can
 * write an untouched resource back exactly (comments included). Only for block-style YAML.
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
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    let last = next ? firstLineOf(next) - 1 : after;
    // Blank lines and top-level comments at the end belong to what follows.
    while (last > key.line && ((lines[last - 1] ?? '').trim() === '' || (!next && isComment(lines[last - 1] ?? '') && indentOf(lines[last - 1] ?? '') === 0))) last--;
    // Whatever sits between `Resources:` and the first key belongs to the first resource.
    const first = i === 0 ? resourcesLine + 1 : firstLineOf(key);
    let from = first;
    while (from < key.line && (lines[from - 1] ?? '').trim() === '') from++;
    result[key.id] = lines.slice(from - 1, last).join('\n').replace(/\s+$/, '');
  });
  return result;
}

/** Keys of sectionTexts for what is not a section: the lines before the first one, and the comments above Resources. */
export const HEADER = '(header)';
export const RESOURCES_LEAD = '(before Resources)';

/**
 * The text of each top-level section other than Resources (Description, Parameters, Outputs…) as
 * written, with the comments right above it, so export can write an unchanged section back exactly.
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
  keys.forEach((key, i) => {
    const next = keys[i + 1];
    let first = key.line;
    while (first > 1 && (lines[first - 2] ?? '').startsWith('#')) first--;
    let last = next ? next.line - 1 : lines.length;
    // Comments and blank lines right above the next key belong to it.
    while (last > key.line && ((lines[last - 1] ?? '').trim() === '' || (lines[last - 1] ?? '').startsWith('#'))) last--;
    if (i === 0 && first > 1) result[HEADER] = lines.slice(0, first - 1).join('\n').replace(/\s+$/, '');
    if (key.name !== 'Resources') result[key.name] = lines.slice(first - 1, last).join('\n').replace(/\s+$/, '');
    else if (first < key.line) result[RESOURCES_LEAD] = lines.slice(first - 1, key.line - 1).join('\n');
  });
  if (result[HEADER] === '') delete result[HEADER];
  return result;
}

/** Moves a resource's text to the exporter's indentation (two spaces under Resources). */
export function reindent(text: string, to: number): string {
  const lines = text.split('\n');
  const keyLine = lines.find((l) => l.trim() !== '' && !l.trimStart().startsWith('#')) ?? '';
  const from = keyLine.length - keyLine.trimStart().length;
  const shift = to - from;
  if (shift === 0) return text;
  return lines
    .map((line) => {
      if (line.trim() === '') return '';
      if (shift > 0) return ' '.repeat(shift) + line;
      const lead = line.length - line.trimStart().length;
      return line.slice(Math.min(lead, -shift));
    })
    .join('\n');
}
