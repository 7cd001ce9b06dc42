import { type ComponentProps, lazy, Suspense } from 'react';

// Monaco is most of the app's JavaScript (about 4 MB): loaded when the first editor is shown rather
// than at start, so the canvas is up and a design painted before it is even parsed.
const MonacoPaneChunk = lazy(() => import('./MonacoPane').then((m) => ({ default: m.MonacoPane })));
const TemplateEditorChunk = lazy(() => import('../panels/template/TemplateEditor').then((m) => ({ default: m.TemplateEditor })));

function EditorLoading({ testId }: { testId?: string | undefined }) {
  return <div className="monaco-pane editor-loading" data-testid={testId ? `${testId}-loading` : undefined} aria-busy="true">Loading the editor…</div>;
}

export function MonacoPane(props: ComponentProps<typeof MonacoPaneChunk>) {
  return (
    <Suspense fallback={<EditorLoading testId={props.testId} />}>
      <MonacoPaneChunk {...props} />
    </Suspense>
  );
}

export function TemplateEditor(props: ComponentProps<typeof TemplateEditorChunk>) {
  return (
    <Suspense fallback={<EditorLoading />}>
      <TemplateEditorChunk {...props} />
    </Suspense>
  );
}
