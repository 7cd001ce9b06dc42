import { FORMAT_ID, FORMAT_VERSION } from './design';

/**
 * Each migration lifts a raw document from version `from` to `from + 1`. Documents are migrated
 * before they are parsed, so a schema change only needs a new entry here and a version bump.
 */
export interface Migration {
  from: number;
  describe: string;
  up: (doc: Record<string, unknown>) => Record<string, unknown>;
}

export const MIGRATIONS: readonly Migration[] = [];

export type MigrationResult =
  | { ok: true; doc: Record<string, unknown>; applied: string[] }
  | { ok: false; message: string };

export function migrate(doc: Record<string, unknown>, migrations: readonly Migration[] = MIGRATIONS, target = FORMAT_VERSION): MigrationResult {
  if (doc.format !== FORMAT_ID) {
    return { ok: false, message: `format: expected "${FORMAT_ID}", found ${JSON.stringify(doc.format)}; this is not a Lambda Designer design` };
  }
  let version = doc.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return { ok: false, message: `version: expected a whole number from 1 to ${target}, found ${JSON.stringify(version)}` };
  }
  if (version > target) {
    return { ok: false, message: `version: this file is version ${version}, written by a newer Lambda Designer; this one reads up to version ${target}` };
  }
  let current = doc;
  const applied: string[] = [];
  while (version < target) {
    const step = migrations.find((m) => m.from === version);
    if (!step) return { ok: false, message: `version: no migration from version ${version}` };
    current = { ...step.up(current), version: version + 1 };
    applied.push(step.describe);
    version += 1;
  }
  return { ok: true, doc: current, applied };
}
