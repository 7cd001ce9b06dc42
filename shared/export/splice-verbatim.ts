import { HEADER, keyIndentOf, LINE_BREAK, reindent, RESOURCES_LEAD, RESOURCES_LINE, shiftLines, TRAILER } from '../import/resource-texts';

const RESOURCE_KEY = /^ {2}(?:'([^']+)'|"([^"]+)"|([^\s'"#][^:]*)):(?:\s|$)/;

/** Parts of an imported template that export writes back word for word in YAML. */
export interface Verbatim {
  /** Untouched resources by logical id: their text as written, with the blank lines and comments above them. */
  resources: ReadonlyMap<string, string>;
  /** Unchanged sections by name, and what surrounds the sections (the header, the trailer, the line break...). */
  sections: ReadonlyMap<string, string>;
  /** The blank lines and comments above resources written anew, by logical id. */
  resourceLeads?: ReadonlyMap<string, string>;
  /** The blank lines and comments above sections written anew, by name. */
  sectionLeads?: ReadonlyMap<string, string>;
}

const NOTHING: ReadonlyMap<string, string> = new Map();

/**
 * Puts untouched imported resources and sections back as they were written (blank lines, comments,
 * key order, indentation, short or long intrinsics) in place of the exporter's rendering of them,
 * keeps the blank lines and comments above those written anew, and the template's line breaks.
 * Only resources whose text still reads as that resource are given (the caller decides).
 */
export function spliceVerbatim(yaml: string, verbatim: Verbatim): string {
  const spliced = spliceSections(spliceResources(yaml, verbatim), verbatim);
  const lineBreak = verbatim.sections.get(LINE_BREAK);
  return lineBreak === undefined ? spliced : spliced.replace(/\n/g, lineBreak);
}

/** Top-level sections (`Outputs:` to the next top-level key) replaced by their text as written. */
function spliceSections(yaml: string, verbatim: Verbatim): string {
  const { sections } = verbatim;
  const leads = verbatim.sectionLeads ?? NOTHING;
  if (sections.size === 0 && leads.size === 0) return yaml;
  const lines = yaml.split('\n');
  const out: string[] = [];
  const header = sections.get(HEADER);
  if (header !== undefined) out.push(...header.split('\n'));
  let i = 0;
  while (i < lines.length) {
    const name = /^([A-Za-z][\w]*):(?:\s|$)/.exec(lines[i] as string)?.[1];
    let end = i + 1;
    while (end < lines.length && ((lines[end] as string).startsWith(' ') || (lines[end] as string).startsWith('- ') || ((lines[end] as string) === '' && end < lines.length - 1))) end++;
    const text = name !== undefined && name !== 'Resources' ? sections.get(name) : undefined;
    if (text !== undefined) {
      out.push(...text.split('\n'));
    } else {
      const lead = name === 'Resources' ? sections.get(RESOURCES_LEAD) : name !== undefined ? leads.get(name) : undefined;
      if (lead !== undefined) out.push(...lead.split('\n'));
      const block = lines.slice(i, name !== undefined ? end : i + 1);
      const resourcesLine = sections.get(RESOURCES_LINE);
      if (name === 'Resources' && resourcesLine !== undefined) block[0] = resourcesLine;
      out.push(...block);
    }
    i = name !== undefined ? end : i + 1;
  }
  const trailer = sections.get(TRAILER);
  if (trailer === undefined) return out.join('\n');
  // What followed the last section (blank lines, comments, the final line break or none) goes back as it was.
  while (out.length > 0 && out[out.length - 1] === '') out.pop();
  return `${out.join('\n')}${trailer}`;
}

function spliceResources(yaml: string, verbatim: Verbatim): string {
  const { resources } = verbatim;
  const leads = verbatim.resourceLeads ?? NOTHING;
  if (resources.size === 0 && leads.size === 0) return yaml;
  const lines = yaml.split('\n');
  const start = lines.indexOf('Resources:');
  if (start < 0) return yaml;
  // Resources written anew follow the indentation of those kept (all keys of a YAML map share one).
  const first = resources.values().next().value;
  const indent = first !== undefined ? keyIndentOf(first) : 2;
  const out = lines.slice(0, start + 1);
  let i = start + 1;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line !== '' && !line.startsWith(' ')) break;
    const key = RESOURCE_KEY.exec(line);
    let end = i + 1;
    while (end < lines.length && ((lines[end] as string).startsWith('   ') || (lines[end] as string) === '')) end++;
    const id = key ? (key[1] ?? key[2] ?? key[3] ?? '').trim() : undefined;
    const text = id !== undefined ? resources.get(id) : undefined;
    if (text !== undefined) {
      out.push(...reindent(text, indent).split('\n'));
    } else {
      const lead = id !== undefined ? leads.get(id) : undefined;
      if (lead !== undefined) out.push(...lead.split('\n'));
      out.push(...shiftLines(lines.slice(i, end), indent - 2));
    }
    i = end;
  }
  out.push(...lines.slice(i));
  const joined = out.join('\n');
  return yaml.endsWith('\n') && !joined.endsWith('\n') ? `${joined}\n` : joined;
}
