import { pairLines } from './serialize';
import type { CfnTemplate, ExportFormat } from './template-types';
import { sameTemplateValue } from './template-values';

interface Printed {
  value: unknown;
  text: string;
}

/** Last text of each key, given again while the value is the same object or prints the same. */
class TextCache {
  private entries = new Map<string, Printed>();

  text(key: string, value: unknown, print: () => string): string {
    const known = this.entries.get(key);
    if (known && (known.value === value || sameTemplateValue(known.value, value))) {
      // The newer object, so that the next template, which shares it, is found by identity.
      known.value = value;
      return known.text;
    }
    const text = print();
    this.entries.set(key, { value, text });
    return text;
  }

  /** Forgets keys that are no longer in use once they outnumber those that are. */
  prune(inUse: number): void {
    if (this.entries.size > 2 * inUse + 16) this.entries = new Map();
  }
}

/**
 * `resources` is `base` with the resources of these logical ids new or replaced: the same ids in the
 * same order, or, when `order` is given, the ids in that order, those of `removed` gone.
 */
export interface ResourcesEdit {
  base: Record<string, unknown>;
  changed: ReadonlySet<string>;
  order?: readonly string[];
  removed?: ReadonlySet<string>;
}

/** The entries of one section (Resources, Outputs) last printed in one format: the map, and the text of its entries in order. */
interface PrintedEntries {
  entries: Record<string, unknown>;
  ids: readonly string[];
  /** The text of each entry, with what separates it from the one before (JSON's comma). */
  pieces: string[];
}

/** How one format writes a section, an entry of a section, and what goes between them. */
interface Format {
  section(key: string, value: unknown): string;
  entry(id: string, value: unknown): string;
  /** The lines that open and close a section printed entry by entry. */
  open(key: string): string;
  close: string;
  separator: string;
}

const FORMATS: Record<ExportFormat, Format> = {
  yaml: {
    section: (key, value) => pairLines(key, value, 0).join('\n'),
    entry: (id, value) => pairLines(id, value, 2).join('\n'),
    open: (key) => `${key}:`,
    close: '',
    separator: '\n',
  },
  json: {
    section: (key, value) => `  ${JSON.stringify(key)}: ${indented(value, '\n  ')}`,
    entry: (id, value) => `    ${JSON.stringify(id)}: ${indented(value, '\n    ')}`,
    open: (key) => `  ${JSON.stringify(key)}: {\n`,
    close: '\n  }',
    separator: ',\n',
  },
};

/** Sections printed entry by entry, so that an edit of one entry prints that entry only. */
const KEYED_SECTIONS = new Set(['Resources', 'Outputs']);

/** The texts of one section's entries in one format, and the last map printed. */
class SectionPrinter {
  private readonly cache = new TextCache();
  private last: PrintedEntries | undefined;

  constructor(private readonly format: ExportFormat) {}

  /** The texts of the entries in order (none for an empty map), looking only at those `edit` names when it is given. */
  pieces(entries: Record<string, unknown>, edit: ResourcesEdit | undefined): string[] {
    const last = this.last;
    if (last && entries === last.entries) return last.pieces;
    if (edit && last && edit.base === last.entries) return edit.order ? this.reordered(entries, edit, last, edit.order) : this.replaced(entries, edit, last);
    const ids: string[] = [];
    const pieces: string[] = [];
    for (const id in entries) {
      const value = entries[id];
      if (value === undefined) continue;
      pieces.push(this.piece(id, value, ids.length));
      ids.push(id);
    }
    this.cache.prune(ids.length);
    this.last = { entries, ids, pieces };
    return pieces;
  }

  private replaced(entries: Record<string, unknown>, edit: ResourcesEdit, last: PrintedEntries): string[] {
    const pieces = [...last.pieces];
    // A few changed ids among thousands: looking each up costs less than a map of positions.
    for (const id of edit.changed) {
      const at = last.ids.indexOf(id);
      pieces[at] = this.piece(id, entries[id], at);
    }
    this.last = { ...last, entries, pieces };
    return pieces;
  }

  /** The new order walked alongside the last one: what is in the same place and unchanged is given again. */
  private reordered(entries: Record<string, unknown>, edit: ResourcesEdit, last: PrintedEntries, order: readonly string[]): string[] {
    const skipped = new Set(edit.removed);
    const pieces: string[] = [];
    let at = 0;
    for (const id of order) {
      while (at < last.ids.length && skipped.has(last.ids[at] as string)) at++;
      // JSON's first entry has no comma before it.
      const sameLead = this.format !== 'json' || (at === 0) === (pieces.length === 0);
      if (last.ids[at] === id && !edit.changed.has(id) && sameLead) {
        pieces.push(last.pieces[at++] as string);
      } else {
        pieces.push(this.piece(id, entries[id], pieces.length));
        skipped.add(id);
      }
    }
    this.cache.prune(pieces.length);
    this.last = { entries, ids: order, pieces };
    return pieces;
  }

  private piece(id: string, value: unknown, index: number): string {
    const { entry, separator } = FORMATS[this.format];
    const text = this.cache.text(id, value, () => entry(id, value));
    return this.format === 'json' && index === 0 ? text : `${separator}${text}`;
  }
}

/**
 * Prints templates as templateToYaml and templateToJson do (byte for byte), giving again the text of
 * every resource, output and section that has not changed since the previous template: after an
 * edit, only what the edit changed is printed, and told what changed of the resources
 * (ResourcesEdit), only that is looked at. Imported designs' verbatim texts are the caller's (spliceVerbatim).
 */
export class ReusingPrinter {
  private readonly keyed: Record<ExportFormat, Map<string, SectionPrinter>> = { yaml: new Map(), json: new Map() };
  private readonly sections: Record<ExportFormat, TextCache> = { yaml: new TextCache(), json: new TextCache() };

  print(template: CfnTemplate, format: ExportFormat, edit?: ResourcesEdit): string {
    const { separator, open, close } = FORMATS[format];
    // Each part carries what separates it from the one before, so that the text is joined once.
    const parts: string[] = format === 'json' ? ['{\n'] : [];
    let first = true;
    for (const key in template) {
      const value = (template as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const before = first ? '' : separator;
      first = false;
      // A map whose entries are all undefined prints as an empty map, as any section does.
      const pieces = KEYED_SECTIONS.has(key) ? this.sectionPrinter(format, key).pieces(value as Record<string, unknown>, key === 'Resources' ? edit : undefined) : [];
      if (pieces.length > 0) parts.push(before, open(key), ...pieces, close);
      else parts.push(before, this.sections[format].text(key, value, () => FORMATS[format].section(key, value)));
    }
    parts.push(format === 'json' ? '\n}\n' : '\n');
    return parts.join('');
  }

  private sectionPrinter(format: ExportFormat, key: string): SectionPrinter {
    const printers = this.keyed[format];
    const known = printers.get(key);
    if (known) return known;
    const printer = new SectionPrinter(format);
    printers.set(key, printer);
    return printer;
  }
}

/** JSON.stringify nests by adding the indentation of the parent to every line after the first (strings hold no raw line breaks). */
function indented(value: unknown, lineBreak: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, lineBreak);
}
