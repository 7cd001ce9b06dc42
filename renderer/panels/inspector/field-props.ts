import type { FieldDescriptor } from './schema-fields';

/** What every input of the form gets: its field, the shown value (or MIXED), ids for labels and help, and how to commit. */
export interface FieldProps {
  field: FieldDescriptor;
  /** The committed value, or MIXED when the selected components differ. */
  value: unknown;
  id: string;
  /** Id of the label element, for inputs that are groups of controls (lists, tables, code). */
  labelId: string;
  /** Id of the help text the input is described by. */
  helpId: string;
  /** Saves a value as one undo step; `undefined` puts the setting back to its default. */
  onCommit: (value: unknown) => void;
}

export type { Theme } from '../../state/use-theme';
