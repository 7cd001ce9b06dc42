export interface LineRange {
  logicalId: string;
  startLine: number;
  endLine: number;
}

/**
 * Where each resource sits in an exported template (1-based lines), found from the layout the
 * exporter writes: `  Id:` under `Resources:` in YAML, `    "Id": {` in the Resources object in JSON.
 */
export function resourceLineRanges(text: string, format: 'yaml' | 'json', logicalIds: readonly string[]): LineRange[] {
  const lines = text.split('\n');
  const wanted = new Set(logicalIds);
  const ranges: LineRange[] = [];
  const resourcesAt = lines.findIndex((l) => (format === 'yaml' ? l === 'Resources:' : l === '  "Resources": {'));
  if (resourcesAt < 0) return ranges;
  const header = format === 'yaml' ? /^ {2}([A-Za-z0-9]+):\s*$/ : /^ {4}"([A-Za-z0-9]+)": \{\s*$/;
  const sectionEnd = format === 'yaml' ? /^\S/ : /^ {2}\}/;
  let current: LineRange | null = null;
  for (let i = resourcesAt + 1; i < lines.length; i++) {
    const line = lines[i] ?? '';
    if (sectionEnd.test(line)) break;
    const match = header.exec(line);
    if (match) {
      if (current) ranges.push(current);
      current = wanted.has(match[1]!) ? { logicalId: match[1]!, startLine: i + 1, endLine: i + 1 } : null;
    } else if (current && line.trim() !== '') {
      current.endLine = i + 1;
    }
  }
  if (current) ranges.push(current);
  return ranges;
}
