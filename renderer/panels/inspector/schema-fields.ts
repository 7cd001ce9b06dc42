import type { z } from 'zod';
import type { FieldMeta } from '../../../shared/catalog/fields';

export type FieldType = 'integer' | 'number' | 'text' | 'boolean' | 'enum' | 'list' | 'map' | 'group' | 'unknown';

export interface FieldDescriptor {
  key: string;
  label: string;
  type: FieldType;
  meta: Partial<FieldMeta>;
  defaultValue: unknown;
  optional: boolean;
  options: readonly string[];
  children: FieldDescriptor[];
}

interface Def {
  type: string;
  innerType?: z.ZodType;
  defaultValue?: unknown;
  checks?: Array<{ _zod?: { def?: { check?: string; format?: string } } }>;
  entries?: Record<string, string>;
  shape?: Record<string, z.ZodType>;
}

function humanize(key: string): string {
  const words = key.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/MB\b/, ' MB').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** What a settings schema asks for, field by field: type, unit, range, default, help. Read from zod's definitions. */
export function describeFields(schema: z.ZodObject): FieldDescriptor[] {
  return Object.entries(schema.shape).map(([key, field]) => describeField(key, field as z.ZodType));
}

function describeField(key: string, outer: z.ZodType): FieldDescriptor {
  const meta = ((outer as { meta?: () => unknown }).meta?.() ?? {}) as Partial<FieldMeta>;
  let schema = outer;
  let defaultValue: unknown;
  let optional = false;
  for (let depth = 0; depth < 5; depth++) {
    const def = (schema as unknown as { def: Def }).def;
    if (def.type === 'default' || def.type === 'prefault') {
      defaultValue ??= typeof def.defaultValue === 'function' ? (def.defaultValue as () => unknown)() : def.defaultValue;
      schema = def.innerType!;
    } else if (def.type === 'optional') {
      optional = true;
      schema = def.innerType!;
    } else break;
  }
  const def = (schema as unknown as { def: Def }).def;
  const base = { key, meta, defaultValue, optional, options: meta.options ?? [], children: [] as FieldDescriptor[] };
  const unit = meta.unit ? ` (${meta.unit})` : '';
  const label = `${humanize(key)}${unit}`;
  switch (def.type) {
    case 'number': {
      const integer = def.checks?.some((c) => c._zod?.def?.format === 'safeint' || c._zod?.def?.check === 'number_format') ?? false;
      return { ...base, label, type: integer ? 'integer' : 'number' };
    }
    case 'string':
      return { ...base, label, type: 'text' };
    case 'boolean':
      return { ...base, label, type: 'boolean' };
    case 'enum':
      return { ...base, label, type: 'enum', options: Object.values(def.entries ?? {}) };
    case 'array':
      return { ...base, label, type: 'list' };
    case 'record':
      return { ...base, label, type: 'map' };
    case 'object':
      return { ...base, label, type: 'group', children: Object.entries(def.shape ?? {}).map(([k, f]) => describeField(k, f)) };
    default:
      return { ...base, label, type: 'unknown' };
  }
}

/** The inline error for a number typed into a field, or null when it may be committed. */
export function numberError(text: string, field: FieldDescriptor): string | null {
  if (text.trim() === '') return field.optional ? null : 'Enter a number.';
  const value = Number(text);
  if (!Number.isFinite(value)) return 'Enter a number.';
  if (field.type === 'integer' && !Number.isInteger(value)) return 'Enter a whole number.';
  const range = field.meta.range;
  if (range && (value < range[0] || value > range[1])) return `Must be between ${range[0].toLocaleString('en-US')} and ${range[1].toLocaleString('en-US')}${field.meta.unit ? ` ${field.meta.unit}` : ''}.`;
  return null;
}
