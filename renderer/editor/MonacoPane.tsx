import { useEffect, useRef } from 'react';
import { EDITOR_DEFAULTS, monaco } from './monaco-setup';

interface MonacoPaneProps {
  value: string;
  language: 'json' | 'yaml' | 'javascript' | 'python';
  readOnly?: boolean;
  theme: 'light' | 'dark';
  testId?: string;
  /** Called with the whole text after each edit (editable panes). */
  onChange?: (value: string) => void;
}

/** A Monaco editor created once per mount and disposed on unmount; `value` updates keep the scroll position. */
export function MonacoPane({ value, language, readOnly = true, theme, testId, onChange }: MonacoPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const changed = useRef(onChange);
  changed.current = onChange;

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, { ...EDITOR_DEFAULTS, value, language, readOnly });
    editor.current = instance;
    const subscription = instance.onDidChangeModelContent(() => changed.current?.(instance.getValue()));
    return () => {
      subscription.dispose();
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model && model.getValue() !== value) model.setValue(value);
  }, [value]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (model) monaco.editor.setModelLanguage(model, language);
  }, [language]);

  useEffect(() => {
    monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs');
  }, [theme]);

  return <div className="monaco-pane" ref={host} data-testid={testId} />;
}
