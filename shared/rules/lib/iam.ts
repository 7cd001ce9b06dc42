/** A function's extra IAM statements (its policyStatements text), read as the exporter reads them. */
export interface ExtraStatements {
  /** Statements the export writes: objects with an Effect. */
  statements: Record<string, unknown>[];
  /** What IAM or the export would not accept, numbered as the user wrote the statements. */
  problems: string[];
}

/** Like the exporter's parseJsonStatements: an array, a policy document with Statement, or one statement. */
export function readStatements(text: string | undefined): ExtraStatements {
  if (text === undefined || text.trim() === '') return { statements: [], problems: [] };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { statements: [], problems: ['the text is not valid JSON'] };
  }
  const list = Array.isArray(value) ? value : value !== null && typeof value === 'object' && 'Statement' in value ? (value as { Statement: unknown }).Statement : [value];
  const items: unknown[] = Array.isArray(list) ? list : [list];
  const statements: Record<string, unknown>[] = [];
  const problems: string[] = [];
  items.forEach((item, i) => {
    const n = i + 1;
    if (item === null || typeof item !== 'object' || Array.isArray(item) || !('Effect' in item)) {
      problems.push(`statement ${n} is not an object with an Effect`);
      return;
    }
    const statement = item as Record<string, unknown>;
    statements.push(statement);
    if (statement.Effect !== 'Allow' && statement.Effect !== 'Deny') problems.push(`statement ${n} has Effect ${JSON.stringify(statement.Effect)} (Allow or Deny)`);
    if (!('Action' in statement) && !('NotAction' in statement)) problems.push(`statement ${n} has no Action`);
    if (!('Resource' in statement) && !('NotResource' in statement)) problems.push(`statement ${n} has no Resource`);
  });
  return { statements, problems };
}

/** A string or list of strings of a statement element, as a list. */
export function stringList(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.+^${}()|[\]\\]/g, '\\$&');
}

/** Whether an IAM action pattern ("s3:Get*", "*") covers the action; IAM compares actions case-insensitively. */
export function actionMatches(pattern: string, action: string): boolean {
  const source = escapeRegExp(pattern.trim()).replace(/\*/g, '.*').replace(/\?/g, '.');
  return new RegExp(`^${source}$`, 'i').test(action);
}

/** Whether an Allow statement among them names the action (conditions and resources aside). */
export function allowsAction(statements: readonly Record<string, unknown>[], action: string): boolean {
  return statements.some((s) => s.Effect === 'Allow' && stringList(s.Action).some((pattern) => actionMatches(pattern, action)));
}
