import { pairLines } from './serialize';
import type { CfnResource, CfnTemplate, ExportFormat } from './template-types';
import { hasDefined, sameTemplateValue } from './template-values';

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

/** `resources` is `base` with the resources of these logical ids replaced: the same ids in the same order. */
export interface ResourcesEdit {
  base: Record<string, CfnResource>;
  changed: ReadonlySet<string>;
}

/** The printed resources of the last template of one format: what was printed, and its pieces in order. */
interface PrintedResources {
  resources: Record<string, CfnResource>;
  ids: string[];
  /** The text of each resource, with what separates it from the one before (JSON's comma). */
  pieces: string[];
  position?: Map<string, number>;
}

/** How one format writes a resource and a section, and what goes between resources. */
interface Format {
  resource(id: string, resource: unknown): string;
  section(key: string, value: unknown): string;
  separator: string;
}

const FORMATS: Record<ExportFormat, Format> = {
  yaml: {
    resource: (id, resource) => pairLines(id, resource, 2).join('\n'),
    section: (key, value) => pairLines(key, value, 0).join('\n'),
    separator: '\n',
  },
  json: {
    resource: (id, resource) => `    ${JSON.stringify(id)}: ${indented(resource, '\n    ')}`,
    section: (key, value) => `  ${JSON.stringify(key)}: ${indented(value, '\n  ')}`,
    separator: ',\n',
  },
};

/**
 * Prints templates as templateToYaml and templateToJson do (byte for byte), giving again the text of
 * every resource and section that has not changed since the previous template: after an edit, only
 * what the edit changed is printed, and told what changed (ResourcesEdit), only that is looked at.
 * Imported designs' verbatim texts are the caller's (spliceVerbatim).
 */
export class ReusingPrinter {
  private readonly resources: Record<ExportFormat, TextCache> = { yaml: new TextCache(), json: new TextCache() };
  private readonly sections: Record<ExportFormat, TextCache> = { yaml: new TextCache(), json: new TextCache() };
  private readonly last: Partial<Record<ExportFormat, PrintedResources>> = {};

  print(template: CfnTemplate, format: ExportFormat, edit?: ResourcesEdit): string {
    const { separator } = FORMATS[format];
    // Each part carries what separates it from the one before, so that the text is joined once.
    const parts: string[] = format === 'json' ? ['{\n'] : [];
    let first = true;
    for (const key in template) {
      const value = (template as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      const before = first ? '' : separator;
      first = false;
      if (key === 'Resources' && hasDefined(value as object)) {
        const pieces = this.resourcePieces(value as Record<string, CfnResource>, format, edit);
        if (format === 'json') parts.push(`${before}  "Resources": {\n`, ...pieces, '\n  }');
        else parts.push(`${before}Resources:`, ...pieces);
      } else {
        parts.push(before, this.sections[format].text(key, value, () => FORMATS[format].section(key, value)));
      }
    }
    parts.push(format === 'json' ? '\n}\n' : '\n');
    return parts.join('');
  }

  private resourcePieces(resources: Record<string, CfnResource>, format: ExportFormat, edit: ResourcesEdit | undefined): string[] {
    const cache = this.resources[format];
    const { separator } = FORMATS[format];
    const piece = (id: string, resource: unknown, index: number) => {
      const text = cache.text(id, resource, () => FORMATS[format].resource(id, resource));
      return format === 'json' && index === 0 ? text : `${separator}${text}`;
    };
    const last = this.last[format];
    if (edit && last && edit.base === last.resources) {
      const position = (last.position ??= new Map(last.ids.map((id, i) => [id, i])));
      const pieces = [...last.pieces];
      for (const id of edit.changed) {
        const at = position.get(id) as number;
        pieces[at] = piece(id, resources[id], at);
      }
      this.last[format] = { ...last, resources, pieces };
      return pieces;
    }
    const ids: string[] = [];
    const pieces: string[] = [];
    for (const id in resources) {
      const resource = resources[id];
      if (resource === undefined) continue;
      pieces.push(piece(id, resource, ids.length));
      ids.push(id);
    }
    cache.prune(ids.length);
    this.last[format] = { resources, ids, pieces };
    return pieces;
  }
}

/** JSON.stringify nests by adding the indentation of the parent to every line after the first (strings hold no raw line breaks). */
function indented(value: unknown, lineBreak: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, lineBreak);
}
