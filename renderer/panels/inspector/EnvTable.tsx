import { useEffect, useState } from 'react';
import { type FieldProps, MIXED } from './SimpleFields';

type Row = { key: string; value: string };

function rowsOf(value: unknown): Row[] {
  return value && value !== MIXED && typeof value === 'object' ? Object.entries(value as Record<string, string>).map(([key, v]) => ({ key, value: v })) : [];
}

/** Environment variables as a key/value table; empty or repeated keys are flagged and not committed. */
export function EnvTable({ value, id, onCommit }: FieldProps) {
  const [rows, setRows] = useState<Row[]>(() => rowsOf(value));
  useEffect(() => setRows(rowsOf(value)), [value]);
  const commit = (next: Row[]) => {
    setRows(next);
    if (next.some((_, i) => rowProblem(next, i))) return;
    onCommit(Object.fromEntries(next.map((r) => [r.key.trim(), r.value])));
  };
  return (
    <table className="env-table" id={id}>
      <tbody>
        {rows.map((row, i) => (
          <tr key={i}>
            <td>
              <input aria-label={`Variable ${i + 1} name`} value={row.key} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, key: e.target.value } : r)))} onBlur={() => commit(rows)} />
              {rowProblem(rows, i) ? <div className="field-error" role="alert">{rowProblem(rows, i)}</div> : null}
            </td>
            <td>
              <input aria-label={`Variable ${i + 1} value`} value={row.value} onChange={(e) => setRows(rows.map((r, j) => (j === i ? { ...r, value: e.target.value } : r)))} onBlur={() => commit(rows)} />
            </td>
            <td>
              <button type="button" aria-label={`Remove variable ${row.key || i + 1}`} onClick={() => commit(rows.filter((_, j) => j !== i))}>×</button>
            </td>
          </tr>
        ))}
        <tr>
          <td colSpan={3}>
            <button type="button" onClick={() => setRows([...rows, { key: '', value: '' }])}>Add variable</button>
          </td>
        </tr>
      </tbody>
    </table>
  );
}

/** Why row i cannot be saved, or null. */
function rowProblem(rows: Row[], i: number): string | null {
  const keys = rows.map((r) => r.key.trim());
  const key = keys[i] ?? '';
  if (!key) return 'Name needed';
  if (keys.indexOf(key) !== i) return 'Repeated name';
  return /^[A-Za-z][A-Za-z0-9_]*$/.test(key) ? null : 'Letters, digits and _ only';
}
