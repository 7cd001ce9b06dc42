import { useEffect, useRef } from 'react';
import { EDITOR_DEFAULTS, monaco } from '../../editor/monaco-setup';
import type { LineRange } from './resource-lines';

export interface EditorMarker {
  line: number;
  column: number;
  message: string;
}

interface TemplateEditorProps {
  text: string;
  language: 'yaml' | 'json';
  theme: 'light' | 'dark';
  /** Resources of the selection: highlighted, and the first scrolled into view. */
  highlight: LineRange[];
  readOnly: boolean;
  /** The whole text after each edit by the user (not when `text` replaces it). */
  onEdit?: (text: string) => void;
  onBlur?: () => void;
  /** Problems shown as Monaco markers (squiggles and the problems hover). */
  markers: EditorMarker[];
}

/** The exported template in Monaco, following the canvas selection; editable for the two-way panel. */
export function TemplateEditor({ text, language, theme, highlight, readOnly, onEdit, onBlur, markers }: TemplateEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editor = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const decorations = useRef<monaco.editor.IEditorDecorationsCollection | null>(null);
  const replacing = useRef(false);
  const handlers = useRef({ onEdit, onBlur });
  handlers.current = { onEdit, onBlur };

  useEffect(() => {
    if (!host.current) return;
    const instance = monaco.editor.create(host.current, { ...EDITOR_DEFAULTS, value: '', language, readOnly, ariaLabel: 'Template' });
    editor.current = instance;
    decorations.current = instance.createDecorationsCollection();
    const changes = instance.onDidChangeModelContent(() => {
      if (!replacing.current) handlers.current.onEdit?.(instance.getValue());
    });
    const blur = instance.onDidBlurEditorText(() => handlers.current.onBlur?.());
    return () => {
      changes.dispose();
      blur.dispose();
      instance.getModel()?.dispose();
      instance.dispose();
      editor.current = null;
    };
  }, []);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    if (model.getValue() !== text) {
      replacing.current = true;
      try {
        model.setValue(text);
      } finally {
        replacing.current = false;
      }
    }
    monaco.editor.setModelLanguage(model, language);
  }, [text, language]);

  useEffect(() => editor.current?.updateOptions({ readOnly }), [readOnly]);
  useEffect(() => monaco.editor.setTheme(theme === 'dark' ? 'vs-dark' : 'vs'), [theme]);

  useEffect(() => {
    const model = editor.current?.getModel();
    if (!model) return;
    monaco.editor.setModelMarkers(
      model,
      'template',
      markers.map((m) => {
        const line = Math.min(Math.max(1, m.line), model.getLineCount());
        return { severity: monaco.MarkerSeverity.Error, message: m.message, startLineNumber: line, startColumn: Math.max(1, m.column), endLineNumber: line, endColumn: model.getLineMaxColumn(line) };
      }),
    );
  }, [markers, text]);

  useEffect(() => {
    decorations.current?.set(
      highlight.map((r) => ({
        range: new monaco.Range(r.startLine, 1, r.endLine, 1),
        options: { isWholeLine: true, className: 'template-highlight', linesDecorationsClassName: 'template-highlight-gutter' },
      })),
    );
    const first = highlight[0];
    if (first) editor.current?.revealLinesNearTop(first.startLine, first.endLine);
  }, [highlight]);

  return <div className="monaco-pane" ref={host} data-testid="template-editor" />;
}
