import { useEffect, useRef } from 'react';
import { EDITOR_DEFAULTS, monaco } from './monaco-setup';

interface MonacoPaneProps {
  value: string;
  language: 'json' | 'yaml' | 'javascript' | 'python';
  /** Read-only unless told otherwise. */
  readOnly?: boolean;
  theme: 'light' | 'dark';
  testId?: string;
  /** Accessible name of the editor's text area. */
  ariaLabel?: string;
  /** Called with the whole text after each edit by the user (not when `value` replaces the text). */
  onChange?: (value: string) => void;
}

/** A Monaco editor created once per mount and disposed on unmount; `value` updates keep the scroll position. */
export function MonacoPane({ value, language, readOnly = true, theme, testId, ariaLabel, onChange }: MonacoPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;
  // True while `value` is being written into the model, so that write is not reported as the user's edit.
  const replacing = useRef(false);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, { ...EDITOR_DEFAULTS, value, language, readOnly, ...(ariaLabel ? { ariaLabel } : {}) });
    editor.current = instance;
    const subscription = instance.onDidChangeModelContent(() => {
      if (!replacing.current) changed.current?.(instance.getValue());
    });
    return () => {
      subscription.dispose();
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model || model.getValue() === value) return;
    replacing.current = true;
    try {
      model.setValue(value);
    } finally {
      replacing.current = false;
    }
  }, [value]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  useEffect(() => {
    editor.current?.updateOptions({ readOnly });
  }, [readOnly]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  return <div className="monaco-pane" ref={host} data-testid={testId} />;
}
