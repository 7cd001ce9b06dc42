import type { FieldProps } from './field-props';
import { MIXED } from './selection-values';

const NOT_SET = '';

/** One of a fixed set of values; each pick is saved at once. */
export function EnumField({ field, value, id, helpId, onCommit }: FieldProps) {
  const mixed = value === MIXED;
  const shown = mixed || value === undefined ? NOT_SET : String(value);
  return (
    <select id={id} value={shown} aria-describedby={helpId} onChange={(e) => onCommit(e.target.value === NOT_SET ? undefined : e.target.value)}>
      {mixed ? <option value={NOT_SET} disabled>mixed</option> : null}
      {field.optional && !mixed ? <option value={NOT_SET}>(not set)</option> : null}
      {field.options.map((option) => (
        <option key={option} value={option}>
          {option}
          {field.hasDefault && option === field.defaultValue ? ' (default)' : ''}
        </option>
      ))}
    </select>
  );
}
