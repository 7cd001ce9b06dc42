import { type KeyboardEvent, useRef, useState } from 'react';
import { environmentOf, environmentProblems, type KeyValueRow } from './field-checks';
import type { FieldProps } from './field-props';

interface Row extends KeyValueRow {
  rowId: number;
}

let nextRowId = 1;
const asMap = (value: unknown): Record<string, string> => (value && typeof value === 'object' ? (value as Record<string, string>) : {});
const rowsOf = (map: Record<string, string>): Row[] => Object.entries(map).map(([key, value]) => ({ rowId: nextRowId++, key, value }));

/**
 * Environment variables as a key/value table. Empty, repeated, malformed or reserved names are flagged
 * on their row and block saving until fixed; otherwise the table is saved when a cell is left or Enter is
 * pressed, and at once on removal.
 */
export function EnvTable({ value, id, labelId, helpId, onCommit }: FieldProps) {
  const map = asMap(value);
  const incoming = JSON.stringify(map);
  const [base, setBase] = useState(incoming);
  const [rows, setRows] = useState(() => rowsOf(map));
  const focusRow = useRef<number | null>(null);
  if (base !== incoming) {
    setBase(incoming);
    setRows(rowsOf(map));
  }
  const problems = environmentProblems(rows);
  const commit = (next: readonly Row[]) => {
    if (environmentProblems(next).some((p) => p !== null)) return;
    const saved = environmentOf(next);
    if (JSON.stringify(saved) === incoming) return;
    setBase(JSON.stringify(saved));
    onCommit(saved);
  };
  const edit = (rowId: number, change: Partial<KeyValueRow>) => setRows(rows.map((r) => (r.rowId === rowId ? { ...r, ...change } : r)));
  const remove = (rowId: number) => {
    const next = rows.filter((r) => r.rowId !== rowId);
    setRows(next);
    commit(next);
  };
  const add = () => {
    const row = { rowId: nextRowId++, key: '', value: '' };
    focusRow.current = row.rowId;
    setRows([...rows, row]);
  };
  const onKeyDown = (e: KeyboardEvent) => e.key === 'Enter' && commit(rows);
  return (
    <div className="env-field" role="group" aria-labelledby={labelId} aria-describedby={helpId} id={id}>
      {rows.length > 0 ? (
        <table className="env-table">
          <thead>
            <tr>
              <th scope="col">Name</th>
              <th scope="col">Value</th>
              <th aria-hidden />
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={row.rowId} className={problems[i] ? 'has-problem' : undefined}>
                <td>
                  <input
                    type="text"
                    aria-label={`Variable ${i + 1} name`}
                    value={row.key}
                    spellCheck={false}
                    autoComplete="off"
                    aria-invalid={problems[i] ? true : undefined}
                    aria-describedby={problems[i] ? `${id}-row-${row.rowId}-error` : undefined}
                    ref={(el) => {
                      if (el && focusRow.current === row.rowId) {
                        focusRow.current = null;
                        el.focus();
                      }
                    }}
                    onChange={(e) => edit(row.rowId, { key: e.target.value })}
                    onBlur={() => commit(rows)}
                    onKeyDown={onKeyDown}
                  />
                  {problems[i] ? (
                    <div className="field-error" id={`${id}-row-${row.rowId}-error`} role="alert">
                      {problems[i]}
                    </div>
                  ) : null}
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={`Variable ${i + 1} value`}
                    value={row.value}
                    spellCheck={false}
                    autoComplete="off"
                    onChange={(e) => edit(row.rowId, { value: e.target.value })}
                    onBlur={() => commit(rows)}
                    onKeyDown={onKeyDown}
                  />
                </td>
                <td>
                  <button type="button" className="icon-button" aria-label={`Remove variable ${row.key.trim() || i + 1}`} title="Remove" onClick={() => remove(row.rowId)}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <div className="field-empty">No variables.</div>
      )}
      <button type="button" className="add-button" aria-label="Add variable" onClick={add}>
        + Add variable
      </button>
    </div>
  );
}
