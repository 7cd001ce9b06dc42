import { z } from 'zod';
import type { FieldMeta } from '../../../shared/catalog/fields';

export type FieldType = 'integer' | 'number' | 'text' | 'enum' | 'boolean' | 'string-list' | 'string-map' | 'code' | 'group' | 'unsupported';

/** One setting of a form, as its zod schema describes it. */
export interface FieldDescriptor {
  key: string;
  /** From the root of the settings object; what the edit functions take. */
  path: readonly string[];
  type: FieldType;
  /** "Memory" */
  title: string;
  /** "Memory (MB)": the title with the unit, as the form labels the input. */
  label: string;
  description: string;
  unit?: string;
  /** Inclusive bounds, from `meta.range` or the schema's own checks. */
  min?: number;
  max?: number;
  /** Enum values, or suggestions for free text. */
  options: readonly string[];
  editor?: 'json' | 'code' | 'yaml';
  optional: boolean;
  hasDefault: boolean;
  /** What the setting is when nobody sets it (groups: with their own defaults filled). */
  defaultValue: unknown;
  children: readonly FieldDescriptor[];
}

type Meta = Partial<FieldMeta> & { title?: string };

const WORDS: Record<string, string> = {
  url: 'URL', uri: 'URI', cidr: 'CIDR', dns: 'DNS', tls: 'TLS', iam: 'IAM', mfa: 'MFA', cors: 'CORS', az: 'AZ',
  posix: 'POSIX', uid: 'UID', gid: 'GID', fifo: 'FIFO', id: 'ID', ttl: 'TTL', kms: 'KMS', vpc: 'VPC', ssl: 'SSL',
};
const TITLES: Record<string, string> = { memorySize: 'Memory', lambdaEdge: 'Lambda@Edge', eventBridge: 'EventBridge' };
/** Unit words at the end of a key, dropped from the title when the unit is shown in parentheses. */
const UNIT_SUFFIX = /(InSeconds|Seconds|InDays|Days|Hours|Minutes|Ms|MB|GB)$/;

/** "integrationTimeoutMs" with unit ms → "Integration timeout"; "corsAllowOrigins" → "CORS allow origins". */
export function titleOf(key: string, meta: Meta = {}): string {
  if (meta.title) return meta.title;
  const known = TITLES[key];
  if (known) return known;
  const stem = meta.unit ? key.replace(UNIT_SUFFIX, '') || key : key;
  const words = stem.replace(/([a-z0-9])([A-Z])/g, '$1 $2').replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2').split(' ');
  const text = words.map((w, i) => WORDS[w.toLowerCase()] ?? (i === 0 ? w : w.toLowerCase())).join(' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}

const cache = new WeakMap<z.ZodType, FieldDescriptor[]>();

/** The fields of a settings schema, in declaration order: type, title and unit, bounds, default, help. */
export function describeFields(schema: z.ZodType, basePath: readonly string[] = []): FieldDescriptor[] {
  const cached = basePath.length === 0 ? cache.get(schema) : undefined;
  if (cached) return cached;
  const object = unwrap(schema).inner;
  const fields = object instanceof z.ZodObject
    ? Object.entries(object.shape).map(([key, field]) => describeField(key, field as z.ZodType, [...basePath, key]))
    : [];
  if (basePath.length === 0) cache.set(schema, fields);
  return fields;
}

function unwrap(schema: z.ZodType): { inner: z.ZodType; optional: boolean } {
  let inner = schema;
  let optional = false;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) {
    if (inner instanceof z.ZodOptional) optional = true;
    inner = inner.def.innerType as z.ZodType;
  }
  return { inner, optional };
}

function numberBounds(schema: z.ZodNumber, integer: boolean): { min?: number; max?: number } {
  const bounds: { min?: number; max?: number } = {};
  for (const check of schema.def.checks ?? []) {
    const def = check._zod.def as { check: string; value?: unknown; inclusive?: boolean };
    if (typeof def.value !== 'number') continue;
    // Exclusive bounds on whole numbers become the next whole number; no decimal setting has one.
    const step = def.inclusive || !integer ? 0 : 1;
    if (def.check === 'greater_than') bounds.min = def.value + step;
    if (def.check === 'less_than') bounds.max = def.value - step;
  }
  return bounds;
}

function describeField(key: string, outer: z.ZodType, path: readonly string[]): FieldDescriptor {
  const meta = (outer.meta() ?? {}) as Meta;
  const { inner, optional } = unwrap(outer);
  const parsedDefault = outer.safeParse(undefined);
  const defaultValue = parsedDefault.success ? parsedDefault.data : undefined;
  const title = titleOf(key, meta);
  const base = {
    key, path, title, label: meta.unit ? `${title} (${meta.unit})` : title, description: meta.description ?? '',
    ...(meta.unit ? { unit: meta.unit } : {}),
    options: meta.options ?? [], optional, hasDefault: defaultValue !== undefined, defaultValue, children: [],
  };
  if (inner instanceof z.ZodNumber) {
    const integer = inner.format === 'safeint' || inner.format === 'int32' || inner.format === 'uint32';
    const bounds = numberBounds(inner, integer);
    const [min, max] = meta.range ?? [bounds.min, bounds.max];
    return { ...base, type: integer ? 'integer' : 'number', ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
  }
  if (inner instanceof z.ZodString) return meta.editor ? { ...base, type: 'code', editor: meta.editor } : { ...base, type: 'text' };
  if (inner instanceof z.ZodBoolean) return { ...base, type: 'boolean' };
  if (inner instanceof z.ZodEnum) return { ...base, type: 'enum', options: inner.options.map(String) };
  if (inner instanceof z.ZodArray && inner.element instanceof z.ZodString) return { ...base, type: 'string-list' };
  if (inner instanceof z.ZodRecord && inner.def.valueType instanceof z.ZodString) return { ...base, type: 'string-map' };
  if (inner instanceof z.ZodObject) return { ...base, type: 'group', children: describeFields(inner, path) };
  return { ...base, type: 'unsupported' };
}

/** Human text for a field's bounds: "128–10,240 MB", "at least 1", or "" when it has none. */
export function boundsText(field: Pick<FieldDescriptor, 'min' | 'max' | 'unit'>): string {
  const n = (v: number) => v.toLocaleString('en-US');
  const unit = field.unit ? ` ${field.unit}` : '';
  if (field.min !== undefined && field.max !== undefined) return `${n(field.min)}–${n(field.max)}${unit}`;
  if (field.min !== undefined) return `at least ${n(field.min)}${unit}`;
  if (field.max !== undefined) return `at most ${n(field.max)}${unit}`;
  return '';
}

/** A default as the form shows it: "128", "on", "empty", "s3:ObjectCreated:*"; undefined when there is none to show. */
export function defaultText(field: FieldDescriptor): string | undefined {
  const value = field.defaultValue;
  if (!field.hasDefault) return field.optional ? 'not set' : undefined;
  if (field.type === 'group' || field.type === 'string-map' || field.type === 'code') return undefined;
  if (typeof value === 'boolean') return value ? 'on' : 'off';
  if (Array.isArray(value)) return value.length ? value.join(', ') : 'none';
  if (value === '') return 'empty';
  return typeof value === 'number' ? value.toLocaleString('en-US') : String(value);
}
