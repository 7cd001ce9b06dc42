/** A JSON object typed into a text field (filter policies, event patterns), or undefined when empty or not an object. */
export function parseJsonObject(text: string | undefined): Record<string, unknown> | undefined {
  if (text === undefined || text.trim() === '') return undefined;
  try {
    const value: unknown = JSON.parse(text);
    return value !== null && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).length > 0 ? (value as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

/** A JSON array (or single statement) of IAM statements. */
export function parseJsonStatements(text: string | undefined): Record<string, unknown>[] {
  if (text === undefined || text.trim() === '') return [];
  try {
    const value: unknown = JSON.parse(text);
    const list = Array.isArray(value) ? value : value !== null && typeof value === 'object' && 'Statement' in value ? (value as { Statement: unknown }).Statement : [value];
    return (Array.isArray(list) ? list : [list]).filter((s): s is Record<string, unknown> => s !== null && typeof s === 'object' && !Array.isArray(s) && 'Effect' in s);
  } catch {
    return [];
  }
}
