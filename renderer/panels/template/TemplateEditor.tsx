import { useEffect, useRef } from 'react';
import { EDITOR_DEFAULTS, monaco } from '../../editor/monaco-setup';
import type { LineRange } from './resource-lines';

interface TemplateEditorProps {
  text: string;
  language: 'yaml' | 'json';
  theme: 'light' | 'dark';
  /** Resources of the selection: highlighted, and the first scrolled into view. */
  highlight: LineRange[];
}

/** The exported template in a read-only Monaco editor that follows the canvas selection. */
export function TemplateEditor({ text, language, theme, highlight }: TemplateEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, { ...EDITOR_DEFAULTS, value: '', language, readOnly: true });
    editor.current = instance;
    decorations.current = instance.createDecorationsCollection();
    return () => {
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    if (model.getValue() !== text) model.setValue(text);
    monaco.editor.setModelLanguage(model, language);
  }, [text, language]);

  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme]);

  useEffect(() => {
    decorations.current?.set(
      highlight.map((r) => ({
        range: new monaco.Range(r.startLine, 1, r.endLine, 1),
        options: { isWholeLine: true, className: 'template-highlight', linesDecorationsClassName: 'template-highlight-gutter' },
      })),
    );
    const first = highlight[0];
    if (first) editor.current?.revealLinesNearTop(first.startLine, first.endLine);
  }, [highlight, text]);

  return <div className="monaco-pane" ref={host} data-testid="template-editor" />;
}
