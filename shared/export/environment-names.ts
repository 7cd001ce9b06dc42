import type { KindId } from '../catalog/registry';
import { upperSnakeCase } from './logical-ids';

/** The word a variable gets when the component's name does not already say what it is. */
const KIND_WORDS: Partial<Record<KindId, readonly string[]>> = {
  'dynamodb-table': ['TABLE'],
  's3-bucket': ['BUCKET'],
  'sqs-queue': ['QUEUE', 'DLQ'],
  'sns-topic': ['TOPIC'],
  'eventbridge-bus': ['BUS'],
  'kinesis-stream': ['STREAM'],
  'step-functions': ['STATE_MACHINE', 'WORKFLOW'],
  secret: ['SECRET'],
  'ssm-parameter': ['PARAMETER', 'PARAM'],
  'rds-proxy': ['PROXY'],
  'rds-database': ['DB', 'DATABASE', 'CLUSTER'],
  'lambda-function': ['FUNCTION'],
};

const VALID = /^[A-Za-z][A-Za-z0-9_]*$/;

/** "Orders table" + "NAME" → "ORDERS_TABLE_NAME"; "Uploads" (a bucket) + "NAME" → "UPLOADS_BUCKET_NAME". */
export function environmentStem(name: string, kind: KindId): string {
  const words = KIND_WORDS[kind] ?? [];
  let stem = upperSnakeCase(name);
  if (!words.some((w) => stem === w || stem.endsWith(`_${w}`))) stem = stem === '' ? (words[0] ?? 'RESOURCE') : `${stem}_${words[0] ?? 'RESOURCE'}`;
  return /^[A-Za-z]/.test(stem) ? stem : `${words[0] ?? 'RESOURCE'}_${stem}`;
}

/** The variable a connection sets: its own `environmentVariable` when valid, else derived from the name. */
export function environmentName(override: string | undefined, name: string, kind: KindId, attribute: string): string {
  const chosen = override?.trim();
  if (chosen && VALID.test(chosen)) return chosen;
  if (chosen) return upperSnakeCase(chosen).replace(/^([^A-Za-z])/, 'V_$1') || `${environmentStem(name, kind)}_${attribute}`;
  return `${environmentStem(name, kind)}_${attribute}`;
}

/** A name not yet used in the function's variables ("X", "X_2", ...). */
export function freeName(taken: (name: string) => boolean, name: string): string {
  if (!taken(name)) return name;
  for (let n = 2; ; n++) if (!taken(`${name}_${n}`)) return `${name}_${n}`;
}
