import type { FieldDescriptor } from './schema-fields';

/** Stands for a setting whose value differs between the selected components. */
export const MIXED: unique symbol = Symbol('mixed');

export function valueAt(config: unknown, path: readonly string[]): unknown {
  let current = config;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b);

/** The value every config holds at `path`, or MIXED when they differ. */
export function sharedValue(configs: readonly unknown[], path: readonly string[]): unknown {
  const values = configs.map((c) => valueAt(c, path));
  const first = values[0];
  return values.every((v) => same(v, first)) ? first : MIXED;
}

/** Whether a setting shows as changed from its default (set at all, for an optional one without default); mixed counts. */
export function differsFromDefault(field: FieldDescriptor, value: unknown): boolean {
  if (value === MIXED) return true;
  if (field.hasDefault) return !same(value ?? field.defaultValue, field.defaultValue);
  return value !== undefined;
}

/** Language of a code setting: JSON and YAML by their editor; inline function code by the runtime (Python or JavaScript). */
export function codeLanguage(editor: 'json' | 'code' | 'yaml', runtime: unknown): 'json' | 'yaml' | 'javascript' | 'python' {
  if (editor === 'json' || editor === 'yaml') return editor;
  return typeof runtime === 'string' && runtime.startsWith('python') ? 'python' : 'javascript';
}
