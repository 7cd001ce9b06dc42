import { sameTemplateValue } from './same-template-value';
import { pairLines } from './serialize';
import type { CfnTemplate, ExportFormat } from './template-types';

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
 * Prints templates as templateToYaml and templateToJson do (byte for byte), giving again the text of
 * every resource and section that has not changed since the previous template: after an edit, only
 * what the edit changed is printed. Imported designs' verbatim texts are the caller's (spliceVerbatim).
 */
export class ReusingPrinter {
  private readonly resources: Record<ExportFormat, TextCache> = { yaml: new TextCache(), json: new TextCache() };
  private readonly sections: Record<ExportFormat, TextCache> = { yaml: new TextCache(), json: new TextCache() };

  print(template: CfnTemplate, format: ExportFormat): string {
    return format === 'json' ? this.json(template) : this.yaml(template);
  }

  private yaml(template: CfnTemplate): string {
    const parts: string[] = [];
    for (const key in template) {
      const value = (template as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (key === 'Resources' && hasDefined(value as object)) {
        parts.push('Resources:');
        const cache = this.resources.yaml;
        let count = 0;
        for (const id in value as object) {
          const resource = (value as Record<string, unknown>)[id];
          if (resource === undefined) continue;
          parts.push(cache.text(id, resource, () => pairLines(id, resource, 2).join('\n')));
          count++;
        }
        cache.prune(count);
      } else {
        parts.push(this.sections.yaml.text(key, value, () => pairLines(key, value, 0).join('\n')));
      }
    }
    return `${parts.join('\n')}\n`;
  }

  /** Each part carries the separator before it, so that the text is joined once. */
  private json(template: CfnTemplate): string {
    const parts: string[] = ['{\n'];
    let separator = '';
    for (const key in template) {
      const value = (template as unknown as Record<string, unknown>)[key];
      if (value === undefined) continue;
      if (key === 'Resources' && hasDefined(value as object)) {
        parts.push(`${separator}  "Resources": {\n`);
        const cache = this.resources.json;
        let count = 0;
        for (const id in value as object) {
          const resource = (value as Record<string, unknown>)[id];
          if (resource === undefined) continue;
          const text = cache.text(id, resource, () => `    ${JSON.stringify(id)}: ${indented(resource, '\n    ')}`);
          parts.push(count === 0 ? text : `,\n${text}`);
          count++;
        }
        parts.push('\n  }');
        cache.prune(count);
      } else {
        parts.push(separator, this.sections.json.text(key, value, () => `  ${JSON.stringify(key)}: ${indented(value, '\n  ')}`));
      }
      separator = ',\n';
    }
    parts.push('\n}\n');
    return parts.join('');
  }
}

function hasDefined(value: object): boolean {
  for (const key in value) if ((value as Record<string, unknown>)[key] !== undefined) return true;
  return false;
}

/** JSON.stringify nests by adding the indentation of the parent to every line after the first (strings hold no raw line breaks). */
function indented(value: unknown, lineBreak: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, lineBreak);
}
