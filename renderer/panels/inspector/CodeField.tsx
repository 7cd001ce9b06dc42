import { useEffect, useRef, useState } from 'react';
import { MonacoPane } from '../../editor/lazy-editors';
import { jsonProblem, yamlProblem } from './field-checks';
import type { FieldProps, Theme } from './field-props';
import { useDraft } from './use-draft';

const SAVE_AFTER_MS = 800;

interface CodeFieldProps extends FieldProps {
  language: 'json' | 'yaml' | 'javascript' | 'python';
  theme: Theme;
}

/** An empty code setting stays a button until the user wants to write it, so a form does not open an editor per empty field. */
export function CodeField(props: CodeFieldProps) {
  const [open, setOpen] = useState(false);
  // Once shown, the editor stays while this form is open, even when its text is cleared.
  if (!open && typeof props.value === 'string' && props.value !== '') setOpen(true);
  if (open) return <CodeEditor {...props} />;
  return (
    <button type="button" className="add-button" id={props.id} aria-describedby={props.helpId} onClick={() => setOpen(true)}>
      Write {props.field.title.toLowerCase()}…
    </button>
  );
}

/**
 * Inline code, JSON and YAML settings in Monaco. Saved a moment after typing stops and on leaving the
 * editor; JSON or YAML that does not parse is shown as an error and not saved. Empty text clears an
 * optional setting.
 */
function CodeEditor({ field, value, labelId, helpId, onCommit, language, theme }: CodeFieldProps) {
  const committed = typeof value === 'string' ? value : '';
  const problemOf = (text: string) => (field.editor === 'json' ? jsonProblem(text) : field.editor === 'yaml' ? yamlProblem(text) : null);
  const commit = (text: string) => {
    if (text === committed || problemOf(text)) return;
    onCommit(field.optional && text.trim() === '' ? undefined : text);
  };
  const [text, setText] = useDraft(committed, commit);
  const timer = useRef<number | undefined>(undefined);
  const latestCommit = useRef(commit);
  latestCommit.current = commit;
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const problem = problemOf(text);
  const errorId = `${labelId}-error`;
  return (
    <div
      className="code-field"
      role="group"
      aria-labelledby={labelId}
      aria-describedby={problem ? `${errorId} ${helpId}` : helpId}
      onBlur={(e) => {
        if (e.currentTarget.contains(e.relatedTarget as Node | null)) return;
        window.clearTimeout(timer.current);
        commit(text);
      }}
    >
      <MonacoPane
        value={committed}
        language={language}
        readOnly={false}
        theme={theme}
        ariaLabel={field.label}
        testId={`code-${field.path.join('-')}`}
        onChange={(next) => {
          setText(next);
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => latestCommit.current(next), SAVE_AFTER_MS);
        }}
      />
      {problem ? <div className="field-error" id={errorId} role="alert">{problem}</div> : null}
    </div>
  );
}
