import { useRef, useState } from 'react';
import { listProblems } from './field-checks';
import type { FieldProps } from './field-props';

interface Row {
  rowId: number;
  text: string;
}

let nextRowId = 1;
const rowsOf = (items: readonly string[]): Row[] => items.map((text) => ({ rowId: nextRowId++, text }));
const itemsOf = (rows: readonly Row[]) => rows.map((r) => r.text.trim()).filter((t) => t !== '');

/**
 * A list of strings (S3 events, CORS origins, security group rules): edit a row in place, add rows,
 * remove rows. The list is saved when a row is left or Enter is pressed, and at once on removal; empty rows are dropped.
 */
export function StringListField({ field, value, id, labelId, helpId, onCommit }: FieldProps) {
  const items = Array.isArray(value) ? (value as string[]) : [];
  const incoming = JSON.stringify(items);
  const [base, setBase] = useState(incoming);
  const [rows, setRows] = useState(() => rowsOf(items));
  const focusRow = useRef<number | null>(null);
  if (base !== incoming) {
    setBase(incoming);
    setRows(rowsOf(items));
  }
  const problems = listProblems(rows.map((r) => r.text));
  const commit = (next: readonly Row[]) => {
    const list = itemsOf(next);
    if (JSON.stringify(list) === incoming) return;
    // Remember what was saved, so the rows being edited are not rebuilt when the saved value comes back.
    setBase(JSON.stringify(list));
    onCommit(list);
  };
  const edit = (rowId: number, text: string) => setRows(rows.map((r) => (r.rowId === rowId ? { ...r, text } : r)));
  const remove = (rowId: number) => {
    const next = rows.filter((r) => r.rowId !== rowId);
    setRows(next);
    commit(next);
  };
  const add = () => {
    const row = { rowId: nextRowId++, text: '' };
    focusRow.current = row.rowId;
    setRows([...rows, row]);
  };
  const listId = field.options.length > 0 ? `${id}-options` : undefined;
  return (
    <div className="list-field" role="group" aria-labelledby={labelId} aria-describedby={helpId} id={id}>
      {rows.length === 0 ? <div className="field-empty">None.</div> : null}
      {rows.map((row, i) => (
        <div key={row.rowId} className="list-row">
          <input
            type="text"
            aria-label={`${field.title} ${i + 1}`}
            value={row.text}
            list={listId}
            spellCheck={false}
            autoComplete="off"
            aria-invalid={problems[i] ? true : undefined}
            ref={(el) => {
              if (el && focusRow.current === row.rowId) {
                focusRow.current = null;
                el.focus();
              }
            }}
            onChange={(e) => edit(row.rowId, e.target.value)}
            onBlur={() => commit(rows)}
            onKeyDown={(e) => e.key === 'Enter' && commit(rows)}
          />
          <button type="button" className="icon-button" aria-label={`Remove ${field.title} ${i + 1}`} title="Remove" onClick={() => remove(row.rowId)}>
            ×
          </button>
          {problems[i] ? <div className="field-warning">{problems[i]}</div> : null}
        </div>
      ))}
      <button type="button" className="add-button" aria-label={`Add to ${field.title}`} onClick={add}>
        + Add
      </button>
      {listId ? (
        <datalist id={listId}>
          {field.options.map((option) => <option key={option} value={option} />)}
        </datalist>
      ) : null}
    </div>
  );
}
