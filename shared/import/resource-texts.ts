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
