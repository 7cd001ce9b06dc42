import type { ReactNode } from 'react';
import { boundsText, defaultText, type FieldDescriptor } from './schema-fields';
import { differsFromDefault, MIXED } from './selection-values';

interface FieldRowProps {
  field: FieldDescriptor;
  value: unknown;
  id: string;
  onReset: () => void;
  children: ReactNode;
}

/** Labels that name an `<input>`/`<select>` directly; the other controls are groups named by aria-labelledby. */
const LABELLED_TYPES = new Set(['integer', 'number', 'text', 'enum', 'boolean']);

/**
 * The frame of one setting: its label (title and unit), the control, its help, its range and default,
 * a mark when it differs from the default and a button to put the default back.
 */
export function FieldRow({ field, value, id, onReset, children }: FieldRowProps) {
  const changed = differsFromDefault(field, value);
  const fallback = defaultText(field);
  const bounds = boundsText(field);
  const labelled = LABELLED_TYPES.has(field.type);
  const label = labelled ? (
    <label htmlFor={id} id={`${id}-label`} title={field.description}>{field.label}</label>
  ) : (
    <span className="field-label" id={`${id}-label`} title={field.description}>{field.label}</span>
  );
  const facts = [bounds ? `Range ${bounds}` : '', value === MIXED ? 'mixed' : '', fallback ? `Default: ${fallback}` : ''].filter(Boolean);
  return (
    <div className={`field field-${field.type}${changed ? ' is-changed' : ''}`} data-field={field.path.join('.')}>
      <div className="field-head">
        {field.type === 'boolean' ? children : null}
        {label}
        {changed ? <span className="field-changed-mark" title={fallback ? `Differs from the default (${fallback})` : 'Differs from the default'} aria-label="changed">●</span> : null}
        {changed && (field.hasDefault || field.optional) ? (
          <button type="button" className="field-reset" aria-label={`Reset ${field.label} to default`} title={fallback ? `Back to the default: ${fallback}` : 'Back to the default'} onClick={onReset}>
            Reset
          </button>
        ) : null}
      </div>
      {field.type === 'boolean' ? null : children}
      <div className="field-help" id={`${id}-help`}>
        {field.description}
        {facts.length ? <span className="field-facts">{facts.join(' · ')}</span> : null}
      </div>
    </div>
  );
}
