import { useDeferredValue, useMemo } from 'react';
import { useDesigner } from '../../state/store';
import { exportTemplate } from '../../state/template-export';
import { useUi } from '../../state/ui-store';
import { EdgeExplanationList } from './EdgeExplanationList';
import { resourceLineRanges } from './resource-lines';
import { TemplateEditor } from '../../editor/lazy-editors';
import { templateAnalysis, templateText } from './template-analysis';
import { useTemplateEdits } from './use-template-edits';
import './template.css';

/** The live SAM or CloudFormation template of the design, following the selection. */
export function TemplatePanel({ theme }: { theme: 'light' | 'dark' }) {
  const design = useDesigner((s) => s.design);
  const selection = useDesigner((s) => s.selection);
  const target = useUi((s) => s.templateTarget);
  const format = useUi((s) => s.templateFormat);
  const setTarget = (templateTarget: typeof target) => useUi.getState().set({ templateTarget });
  const setFormat = (templateFormat: typeof format) => useUi.getState().set({ templateFormat });
  // Deferred: typing in the inspector never waits for the export of a large design.
  const analysis = templateAnalysis(useDeferredValue(design), target);
  const text = useMemo(() => templateText(analysis, target, format), [analysis, target, format]);
  const edits = useTemplateEdits(text, design, target, format);
  const editing = edits.shown !== text;
  const highlight = useMemo(() => {
    if (editing) return [];
    const ids = [
      ...selection.nodes.flatMap((id) => analysis.resourceMap.nodes[id] ?? []),
      ...selection.edges.flatMap((id) => analysis.resourceMap.edges[id] ?? []),
    ];
    return resourceLineRanges(text, format, ids);
  }, [analysis, selection, text, format, editing]);
  const selectedEdge = selection.edges.length === 1 && selection.nodes.length === 0 ? selection.edges[0] : undefined;

  const save = () => void exportTemplate(text);

  return (
    <section className="template-panel" data-testid="template-panel">
      <div className="template-toolbar">
        <div role="radiogroup" aria-label="Template target" className="segmented">
          {(['sam', 'cfn'] as const).map((t) => (
            <button key={t} type="button" role="radio" aria-checked={target === t} className={target === t ? 'active' : ''} onClick={() => setTarget(t)}>
              {t === 'sam' ? 'SAM' : 'CloudFormation'}
            </button>
          ))}
        </div>
        <div role="radiogroup" aria-label="Template format" className="segmented">
          {(['yaml', 'json'] as const).map((f) => (
            <button key={f} type="button" role="radio" aria-checked={format === f} className={format === f ? 'active' : ''} onClick={() => setFormat(f)}>
              {f.toUpperCase()}
            </button>
          ))}
        </div>
        <button type="button" onClick={save}>Export template…</button>
      </div>
      <TemplateEditor text={edits.shown} language={format} theme={theme} highlight={highlight} readOnly={false} onEdit={edits.onEdit} onBlur={edits.onBlur} markers={edits.markers} />
      {edits.markers.length > 0 ? (
        <ul className="template-problems" data-testid="template-problems" role="alert">
          {edits.markers.map((m, i) => (
            <li key={i}>Line {m.line}: {m.message}. The design is unchanged until the template reads again.</li>
          ))}
        </ul>
      ) : null}
      {edits.notes.length > 0 && edits.markers.length === 0 ? (
        <ul className="template-notes" data-testid="template-notes">
          {edits.notes.map((n, i) => <li key={i}>{n}</li>)}
        </ul>
      ) : null}
      {selectedEdge ? <EdgeExplanationList items={analysis.explanations[selectedEdge] ?? []} /> : null}
    </section>
  );
}
