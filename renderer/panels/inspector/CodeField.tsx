import { useEffect, useRef, useState } from 'react';
import { MonacoPane } from '../../editor/MonacoPane';
import { type FieldProps, MIXED } from './SimpleFields';

const COMMIT_DELAY_MS = 600;

/** Inline code and JSON settings in Monaco; JSON that does not parse is shown as an error and not committed. */
export function CodeField({ field, value, onCommit, language, theme }: FieldProps & { language: 'json' | 'javascript' | 'python'; theme: 'light' | 'dark' }) {
  const initial = value === MIXED || value === undefined ? '' : String(value);
  const [error, setError] = useState<string | null>(null);
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const onChange = (text: string) => {
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => {
      if (field.meta.editor === 'json' && text.trim()) {
        try {
          JSON.parse(text);
        } catch (e) {
          setError(`Not valid JSON: ${e instanceof Error ? e.message : String(e)}`);
          return;
        }
      }
      setError(null);
      if (text !== initial) onCommit(text === '' && field.optional ? undefined : text);
    }, COMMIT_DELAY_MS);
  };
  return (
    <div className="code-field">
      <MonacoPane value={initial} language={language} readOnly={false} theme={theme} onChange={onChange} testId={`code-${field.key}`} />
      {error ? <div className="field-error" role="alert">{error}</div> : null}
    </div>
  );
}
