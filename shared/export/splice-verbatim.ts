import { HEADER, reindent, RESOURCES_LEAD } from '../import/resource-texts';

const RESOURCE_KEY = /^ {2}(?:'([^']+)'|"([^"]+)"|([^\s'"#][^:]*)):(?:\s|$)/;

/**
 * Puts untouched imported resources back as they were written (comments, key order, short or long
 * intrinsics) in place of the exporter's rendering of the same resource. Only resources whose text
 * still reads as that resource are given (the caller decides); everything else stays as rendered.
 */
export function spliceVerbatim(yaml: string, verbatim: ReadonlyMap<string, string>, sections: ReadonlyMap<string, string> = new Map()): string {
  return spliceSections(spliceResources(yaml, verbatim), sections);
}

/** Top-level sections (`Outputs:` to the next top-level key) replaced by their text as written. */
function spliceSections(yaml: string, sections: ReadonlyMap<string, string>): string {
  if (sections.size === 0) return yaml;
  const lines = yaml.split('\n');
  const out: string[] = [];
  const header = sections.get(HEADER);
  if (header !== undefined) out.push(...header.split('\n'));
  let i = 0;
  while (i < lines.length) {
    const name = /^([A-Za-z][\w]*):(?:\s|$)/.exec(lines[i] as string)?.[1];
    const lead = name === 'Resources' ? sections.get(RESOURCES_LEAD) : undefined;
    if (lead !== undefined) out.push(...lead.split('\n'));
    let end = i + 1;
    while (end < lines.length && ((lines[end] as string).startsWith(' ') || (lines[end] as string).startsWith('- ') || ((lines[end] as string) === '' && end < lines.length - 1))) end++;
    const text = name !== undefined && name !== 'Resources' ? sections.get(name) : undefined;
    if (text !== undefined) out.push(...text.split('\n'));
    else out.push(...lines.slice(i, name !== undefined ? end : i + 1));
    i = name !== undefined ? end : i + 1;
  }
  return out.join('\n');
}

function spliceResources(yaml: string, verbatim: ReadonlyMap<string, string>): string {
  if (verbatim.size === 0) return yaml;
  const lines = yaml.split('\n');
  const start = lines.indexOf('Resources:');
  if (start < 0) return yaml;
  const out = lines.slice(0, start + 1);
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line !== '' && !line.startsWith(' ')) break;
    const key = RESOURCE_KEY.exec(line);
    let end = i + 1;
    while (end < lines.length && ((lines[end] as string).startsWith('   ') || (lines[end] as string) === '')) end++;
    const id = key ? (key[1] ?? key[2] ?? key[3] ?? '').trim() : undefined;
    const text = id !== undefined ? verbatim.get(id) : undefined;
    if (text !== undefined) out.push(...reindent(text, 2).split('\n'));
    else out.push(...lines.slice(i, end));
    i = end;
  }
  out.push(...lines.slice(i));
  const joined = out.join('\n');
  return yaml.endsWith('\n') && !joined.endsWith('\n') ? `${joined}\n` : joined;
}
