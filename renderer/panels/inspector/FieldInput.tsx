import { CodeField } from './CodeField';
import { EnvTable } from './EnvTable';
import { ListField } from './ListField';
import type { FieldDescriptor } from './schema-fields';
import { BooleanField, EnumField, type FieldValue, MIXED, NumberField, TextField } from './SimpleFields';

interface FieldInputProps {
  field: FieldDescriptor;
  value: FieldValue;
  idPrefix: string;
  codeLanguage: 'javascript' | 'python';
  theme: 'light' | 'dark';
  /** Commits a value at a path below the settings (nested groups add their key). */
  onCommit: (path: string[], value: unknown) => void;
}

function valueAt(value: FieldValue, key: string): FieldValue {
  if (value === MIXED) return MIXED;
  return value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined;
}

/** One setting: its label with unit, the right input, its default and its help. */
export function FieldInput({ field, value, idPrefix, codeLanguage, theme, onCommit }: FieldInputProps) {
  const id = `${idPrefix}-${field.key}`;
  const commit = (v: unknown) => onCommit([field.key], v);
  if (field.type === 'group') {
    return (
      <fieldset className="field-group">
        <legend>{field.meta.description ?? field.label}</legend>
        {field.children.map((child) => (
          <FieldInput key={child.key} field={child} value={valueAt(value, child.key)} idPrefix={id} codeLanguage={codeLanguage} theme={theme} onCommit={(path, v) => onCommit([field.key, ...path], v)} />
        ))}
      </fieldset>
    );
  }
  const props = { field, value, id, onCommit: commit };
  const changed = value !== MIXED && value !== undefined && field.defaultValue !== undefined && JSON.stringify(value) !== JSON.stringify(field.defaultValue);
  const input = field.meta.editor
    ? <CodeField {...props} language={field.meta.editor === 'json' ? 'json' : codeLanguage} theme={theme} />
    : field.type === 'integer' || field.type === 'number' ? <NumberField {...props} />
    : field.type === 'boolean' ? <BooleanField {...props} />
    : field.type === 'enum' ? <EnumField {...props} />
    : field.type === 'list' ? <ListField {...props} />
    : field.type === 'map' ? <EnvTable {...props} />
    : <TextField {...props} />;
  return (
    <div className={`field${changed ? ' is-changed' : ''}`} data-field={field.key}>
      <label htmlFor={id}>{field.label}</label>
      {input}
      <div className="field-help">
        {field.meta.description}
        {field.meta.range ? ` Range ${field.meta.range[0].toLocaleString('en-US')}–${field.meta.range[1].toLocaleString('en-US')}.` : ''}
        {field.defaultValue !== undefined && typeof field.defaultValue !== 'object' ? ` Default: ${String(field.defaultValue) || '(empty)'}.` : ''}
        {changed ? (
          <button type="button" className="reset" onClick={() => commit(field.defaultValue)} title={`Reset ${field.label} to its default`}>
            Reset
          </button>
        ) : null}
      </div>
    </div>
  );
}
