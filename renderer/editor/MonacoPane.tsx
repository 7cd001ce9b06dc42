import { useEffect, useRef } from 'react';
import { EDITOR_DEFAULTS, monaco } from './monaco-setup';

interface MonacoPaneProps {
  value: string;
  language: 'json' | 'yaml' | 'javascript' | 'python';
  readOnly?: boolean;
  theme: 'light' | 'dark';
  testId?: string;
}

/** A Monaco editor created once per mount and disposed on unmount; `value` updates keep the scroll position. */
export function MonacoPane({ value, language, readOnly = true, theme, testId }: MonacoPaneProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, { ...EDITOR_DEFAULTS, value, language, readOnly });
    editor.current = instance;
    return () => {
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
