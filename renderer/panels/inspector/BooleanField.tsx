import type { FieldProps } from './field-props';
import { MIXED } from './selection-values';

/** On or off, saved at once; half-checked when the selected components differ. */
export function BooleanField({ value, id, helpId, onCommit }: FieldProps) {
  const mixed = value === MIXED;
  return (
    <input
      id={id}
      type="checkbox"
      checked={value === true}
      aria-checked={mixed ? 'mixed' : undefined}
      aria-describedby={helpId}
      ref={(el) => {
        if (el) el.indeterminate = mixed;
      }}
      onChange={(e) => onCommit(e.target.checked)}
    />
  );
}
