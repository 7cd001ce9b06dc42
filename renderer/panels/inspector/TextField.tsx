import { defaultText } from './schema-fields';
import type { FieldProps } from './field-props';
import { MIXED } from './selection-values';
import { useDraft } from './use-draft';

/** Free text, saved on Enter or on leaving the field; `options` are offered as suggestions. Emptying an optional setting clears it. */
export function TextField({ field, value, id, helpId, onCommit }: FieldProps) {
  const mixed = value === MIXED;
  const committed = mixed || value === undefined ? '' : String(value);
  const commit = (text: string) => {
    if (text === committed || (mixed && text === '')) return;
    onCommit(field.optional && text.trim() === '' ? undefined : text);
  };
  const [text, setText] = useDraft(committed, commit);
  const fallback = defaultText(field);
  const listId = field.options.length > 0 ? `${id}-options` : undefined;
  return (
    <>
      <input
        id={id}
        type="text"
        autoComplete="off"
        spellCheck={false}
        value={text}
        list={listId}
        placeholder={mixed ? 'mixed' : fallback && fallback !== 'empty' ? `default: ${fallback}` : ''}
        aria-describedby={helpId}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape') setText(committed);
        }}
      />
      {listId ? (
        <datalist id={listId}>
          {field.options.map((option) => <option key={option} value={option} />)}
        </datalist>
      ) : null}
    </>
  );
}
