import { readCfnYaml } from '../../../shared/import/cfn-yaml';
import { boundsText, type FieldDescriptor } from './schema-fields';

export type Parsed<T> = { ok: true; value: T } | { ok: false; problem: string };

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)$/;

/**
 * A number as typed into a field: what to commit (undefined clears an optional setting), or what is wrong
 * with it, in the field's unit. Ranges come from the schema's metadata, which the document itself does not enforce.
 */
export function parseNumberText(text: string, field: Pick<FieldDescriptor, 'type' | 'optional' | 'min' | 'max' | 'unit'>): Parsed<number | undefined> {
  const trimmed = text.trim();
  if (trimmed === '') return field.optional ? { ok: true, value: undefined } : { ok: false, problem: 'Enter a number.' };
  if (!NUMBER.test(trimmed)) return { ok: false, problem: 'Enter a number.' };
  const value = Number(trimmed);
  if (field.type === 'integer' && !Number.isInteger(value)) return { ok: false, problem: 'Enter a whole number.' };
  const outside = (field.min !== undefined && value < field.min) || (field.max !== undefined && value > field.max);
  if (outside) {
    const bounds = boundsText(field);
    return { ok: false, problem: field.min !== undefined && field.max !== undefined ? `Must be between ${bounds.replace('–', ' and ')}.` : `Must be ${bounds}.` };
  }
  return { ok: true, value };
}

/** Why a JSON setting cannot be saved, or null (empty text is allowed: it means "not set"). */
export function jsonProblem(text: string): string | null {
  if (text.trim() === '') return null;
  try {
    JSON.parse(text);
    return null;
  } catch (error) {
    return `Not valid JSON: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Why a YAML setting (CloudFormation, short-form tags allowed) cannot be saved, or null. */
export function yamlProblem(text: string): string | null {
  if (text.trim() === '') return null;
  try {
    const value = readCfnYaml(text);
    return value === null || (typeof value === 'object' && !Array.isArray(value)) ? null : 'Must be a YAML map (key: value lines).';
  } catch (error) {
    return `Not valid YAML: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** Set by the Lambda runtime; a function configuration may not set them. */
export const RESERVED_ENVIRONMENT_KEYS: ReadonlySet<string> = new Set([
  '_HANDLER', '_X_AMZN_TRACE_ID', 'AWS_DEFAULT_REGION', 'AWS_REGION', 'AWS_EXECUTION_ENV', 'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE', 'AWS_LAMBDA_FUNCTION_VERSION', 'AWS_LAMBDA_INITIALIZATION_TYPE', 'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME', 'AWS_ACCESS_KEY', 'AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API', 'LAMBDA_TASK_ROOT', 'LAMBDA_RUNTIME_DIR', 'TZ',
]);

/** Lambda's pattern for variable names. */
const ENV_KEY = /^[A-Za-z][A-Za-z0-9_]+$/;

export interface KeyValueRow {
  key: string;
  value: string;
}

/** A row left entirely blank (a freshly added one): neither saved nor flagged. */
export function isBlankRow(row: KeyValueRow): boolean {
  return row.key.trim() === '' && row.value === '';
}

/** For each row, why its name cannot be saved, or null: empty, repeated, not Lambda's pattern, reserved. */
export function environmentProblems(rows: readonly KeyValueRow[]): (string | null)[] {
  const keys = rows.map((r) => r.key.trim());
  return rows.map((row, i) => {
    const key = keys[i] ?? '';
    if (isBlankRow(row)) return null;
    if (key === '') return 'Name needed.';
    if (keys.indexOf(key) !== i) return `${key} is already set above.`;
    if (!ENV_KEY.test(key)) return 'Letters, digits and _, starting with a letter (2 characters or more).';
    if (RESERVED_ENVIRONMENT_KEYS.has(key)) return `${key} is set by Lambda itself.`;
    return null;
  });
}

/** The variables rows stand for, in row order; blank rows are left out. Only meaningful when no row has a problem. */
export function environmentOf(rows: readonly KeyValueRow[]): Record<string, string> {
  return Object.fromEntries(rows.filter((r) => !isBlankRow(r)).map((r) => [r.key.trim(), r.value]));
}

/** For each item of a string list, a note when it repeats an earlier one. */
export function listProblems(items: readonly string[]): (string | null)[] {
  const trimmed = items.map((item) => item.trim());
  return trimmed.map((item, i) => (item !== '' && trimmed.indexOf(item) !== i ? 'Listed twice.' : null));
}
