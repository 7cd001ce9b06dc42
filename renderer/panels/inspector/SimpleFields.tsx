import { useEffect, useState } from 'react';
import { type FieldDescriptor, numberError } from './schema-fields';

export const MIXED = Symbol('mixed');
export type FieldValue = unknown | typeof MIXED;

export interface FieldProps {
  field: FieldDescriptor;
  value: FieldValue;
  id: string;
  onCommit: (value: unknown) => void;
}

/** A number with its unit and range: errors show as the user types; only valid values are committed, on Enter or leaving the field. */
export function NumberField({ field, value, id, onCommit }: FieldProps) {
  const shown = value === MIXED || value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const error = text === shown ? null : numberError(text, field);
  const commit = () => {
    if (text === shown || numberError(text, field)) return;
    onCommit(text.trim() === '' ? undefined : Number(text));
  };
  return (
    <>
      <input
        id={id}
        inputMode="numeric"
        value={text}
        placeholder={value === MIXED ? 'mixed' : field.defaultValue !== undefined ? String(field.defaultValue) : 'not set'}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${id}-error` : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit();
          if (e.key === 'Escape') setText(shown);
        }}
      />
      {error ? <div className="field-error" id={`${id}-error`} role="alert">{error}</div> : null}
    </>
  );
}

export function TextField({ field, value, id, onCommit }: FieldProps) {
  const shown = value === MIXED || value === undefined ? '' : String(value);
  const [text, setText] = useState(shown);
  useEffect(() => setText(shown), [shown]);
  const commit = () => text !== shown && onCommit(text === '' && field.optional ? undefined : text);
  return (
    <>
      <input id={id} value={text} list={field.options.length ? `${id}-options` : undefined} placeholder={value === MIXED ? 'mixed' : ''}
        onChange={(e) => setText(e.target.value)} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {field.options.length ? (
        <datalist id={`${id}-options`}>
          {field.options.map((o) => <option key={o} value={o} />)}
        </datalist>
      ) : null}
    </>
  );
}

export function EnumField({ field, value, id, onCommit }: FieldProps) {
  return (
    <select id={id} value={value === MIXED ? '' : String(value ?? '')} onChange={(e) => onCommit(e.target.value)}>
      {value === MIXED ? <option value="">mixed</option> : null}
      {field.options.map((o) => <option key={o} value={o}>{o}</option>)}
    </select>
  );
}

export function BooleanField({ value, id, onCommit }: FieldProps) {
  return <input id={id} type="checkbox" checked={value === true} ref={(el) => { if (el) el.indeterminate = value === MIXED; }} onChange={(e) => onCommit(e.target.checked)} />;
}
