import { useState } from 'react';
import { type FieldProps, MIXED } from './SimpleFields';

/** A list of strings (S3 events, CORS origins, security group rules): edit, add and remove rows. */
export function ListField({ field, value, id, onCommit }: FieldProps) {
  const items = value === MIXED || !Array.isArray(value) ? [] : (value as string[]);
  const [draft, setDraft] = useState('');
  const add = () => {
    if (!draft.trim()) return;
    onCommit([...items, draft.trim()]);
    setDraft('');
  };
  return (
    <div className="list-field" id={id}>
      {value === MIXED ? <div className="muted">mixed: editing replaces every selected value</div> : null}
      {items.map((item, i) => (
        <div key={`${item}-${i}`} className="list-row">
          <span>{item}</span>
          <button type="button" aria-label={`Remove ${item}`} onClick={() => onCommit(items.filter((_, j) => j !== i))}>×</button>
        </div>
      ))}
      <div className="list-row">
        <input aria-label={`Add to ${field.label}`} value={draft} list={field.options.length ? `${id}-options` : undefined} placeholder="Add…"
          onChange={(e) => setDraft(e.target.value)} onKeyDown={(e) => e.key === 'Enter' && add()} />
        <button type="button" onClick={add}>Add</button>
        {field.options.length ? <datalist id={`${id}-options`}>{field.options.map((o) => <option key={o} value={o} />)}</datalist> : null}
      </div>
    </div>
  );
}
