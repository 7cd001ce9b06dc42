import { defaultText } from './schema-fields';
import { parseNumberText } from './field-checks';
import type { FieldProps } from './field-props';
import { MIXED } from './selection-values';
import { useDraft } from './use-draft';

/**
 * A number with its unit and range. Problems show as the user types, and the text stays as typed;
 * only a valid number is saved, on Enter or on leaving the field. Escape goes back to the saved value.
 */
export function NumberField({ field, value, id, helpId, onCommit }: FieldProps) {
  const mixed = value === MIXED;
  const committed = mixed || value === undefined ? '' : String(value);
  const commit = (text: string) => {
    if (text === committed || (mixed && text.trim() === '')) return;
    const parsed = parseNumberText(text, field);
    if (parsed.ok) onCommit(parsed.value);
  };
  const [text, setText] = useDraft(committed, commit);
  const parsed = mixed && text.trim() === '' ? null : parseNumberText(text, field);
  const problem = parsed && !parsed.ok ? parsed.problem : null;
  const fallback = defaultText(field);
  return (
    <>
      <input
        id={id}
        type="text"
        inputMode={field.type === 'integer' ? 'numeric' : 'decimal'}
        autoComplete="off"
        value={text}
        placeholder={mixed ? 'mixed' : fallback ? `default: ${fallback}` : ''}
        aria-invalid={problem ? true : undefined}
        aria-describedby={problem ? `${id}-error ${helpId}` : helpId}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape') setText(committed);
        }}
      />
      {problem ? <div className="field-error" id={`${id}-error`} role="alert">{problem}</div> : null}
    </>
  );
}
