import type { ReactNode } from 'react';
import { BooleanField } from './BooleanField';
import { CodeField } from './CodeField';
import { EnumField } from './EnumField';
import { EnvTable } from './EnvTable';
import type { FieldProps, Theme } from './field-props';
import { FieldRow } from './FieldRow';
import { NumberField } from './NumberField';
import type { FieldDescriptor } from './schema-fields';
import { codeLanguage, differsFromDefault, MIXED, sharedValue } from './selection-values';
import { StringListField } from './StringListField';
import { TextField } from './TextField';

export interface FieldInputProps {
  field: FieldDescriptor;
  /** The settings of every selected item (one for a single selection). */
  configs: readonly unknown[];
  /** Makes ids unique in the page: "node", "edge", "design". */
  scope: string;
  /** Runtime of the selected function, for the language of inline code. */
  runtime?: unknown;
  theme: Theme;
  /** Saves a value at a path of the settings as one undo step; `undefined` resets to the default. */
  onCommit: (path: readonly string[], value: unknown) => void;
}

/** Lists, tables and code cannot show "mixed" inside themselves: they say so and offer the reset instead. */
const WHOLE_VALUE_TYPES = new Set(['string-list', 'string-map', 'code', 'unsupported']);

function control(props: FieldProps, runtime: unknown, theme: Theme): ReactNode {
  const { field, value } = props;
  if (value === MIXED && WHOLE_VALUE_TYPES.has(field.type)) {
    return <div className="field-mixed" id={props.id}>Mixed: the selected components differ here. Select one to edit it, or reset all.</div>;
  }
  switch (field.type) {
    case 'integer':
    case 'number':
      return <NumberField {...props} />;
    case 'boolean':
      return <BooleanField {...props} />;
    case 'enum':
      return <EnumField {...props} />;
    case 'text':
      return <TextField {...props} />;
    case 'string-list':
      return <StringListField {...props} />;
    case 'string-map':
      return <EnvTable {...props} />;
    case 'code':
      return <CodeField {...props} language={codeLanguage(field.editor ?? 'code', runtime)} theme={theme} />;
    default:
      return <pre className="field-unsupported" id={props.id}>{JSON.stringify(value, null, 2) ?? 'not set'}</pre>;
  }
}

/** One setting of the form, generated from its descriptor; nested groups become fieldsets. */
export function FieldInput({ field, configs, scope, runtime, theme, onCommit }: FieldInputProps) {
  const id = `inspector-${scope}-${field.path.join('-')}`;
  const value = sharedValue(configs, field.path);
  if (field.type === 'group') {
    return (
      <fieldset className={`field-group${differsFromDefault(field, value) ? ' is-changed' : ''}`} data-field={field.path.join('.')}>
        <legend title={field.description}>{field.title}</legend>
        {field.description ? <p className="field-help">{field.description}</p> : null}
        {field.children.map((child) => (
          <FieldInput key={child.key} field={child} configs={configs} scope={scope} runtime={runtime} theme={theme} onCommit={onCommit} />
        ))}
      </fieldset>
    );
  }
  const commit = (next: unknown) => onCommit(field.path, next);
  const props: FieldProps = { field, value, id, labelId: `${id}-label`, helpId: `${id}-help`, onCommit: commit };
  return (
    <FieldRow field={field} value={value} id={id} onReset={() => commit(undefined)}>
      {control(props, runtime, theme)}
    </FieldRow>
  );
}
