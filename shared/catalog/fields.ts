import { z } from 'zod';

/**
 * Field builders for kind and connection settings. The document keeps whatever the user typed as
 * long as the type is right (a memory of 20,000 MB still loads), so that the rules engine, not the
 * file loader, explains the limit. Ranges, units and help live in the schema's metadata, where the
 * inspector form and the generated JSON Schema read them.
 */
export type FieldMeta = {
  description: string;
  /** Label in the form when the key does not say it well ("rate" → "Expected load"). */
  title?: string;
  unit?: string;
  range?: [number, number];
  /** Suggested values for free-text fields (runtimes, services). */
  options?: readonly string[];
  /** Edit in a code editor rather than a text box. */
  editor?: 'json' | 'code' | 'yaml';
};

export function intField(defaultValue: number, meta: FieldMeta) {
  return z.number().int().default(defaultValue).meta(meta);
}

export function optionalIntField(meta: FieldMeta) {
  return z.number().int().optional().meta(meta);
}

/** A decimal number that may be left out (rates, sizes, durations), where "not set" means "not known". */
export function optionalNumberField(meta: FieldMeta) {
  return z.number().optional().meta(meta);
}

export function textField(defaultValue: string, meta: FieldMeta) {
  return z.string().default(defaultValue).meta(meta);
}

export function optionalTextField(meta: FieldMeta) {
  return z.string().optional().meta(meta);
}

export function boolField(defaultValue: boolean, meta: FieldMeta) {
  return z.boolean().default(defaultValue).meta(meta);
}

export function enumField<const T extends readonly [string, ...string[]]>(values: T, defaultValue: T[number], meta: FieldMeta) {
  return z.enum(values).default(defaultValue as never).meta(meta);
}

export function listField(defaultValue: string[], meta: FieldMeta) {
  return z.array(z.string()).default(defaultValue).meta(meta);
}

/** A nested group of settings whose own defaults apply when the group is absent. */
export function groupField<S extends z.ZodRawShape>(shape: S, meta: FieldMeta) {
  return z.object(shape).prefault({} as never).meta(meta);
}

/** Key/value pairs such as environment variables. */
export function mapField(meta: FieldMeta) {
  return z.record(z.string(), z.string()).default({}).meta(meta);
}
