import { useMemo, useState } from 'react';
import { analyzeExport, type ExportFormat, type ExportTarget, renderTemplate } from '../../../shared/export/export-template';
import { currentHost } from '../../host/current-host';
import { useDesigner } from '../../state/store';
import { EdgeExplanationList } from './EdgeExplanationList';
import { resourceLineRanges } from './resource-lines';
import { TemplateEditor } from './TemplateEditor';
import './template.css';

function slug(name: string): string {
  return name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'template';
}

/** The live SAM or CloudFormation template of the design, following the selection. */
export function TemplatePanel({ theme }: { theme: 'light' | 'dark' }) {
  const design = useDesigner((s) => s.design);
  const selection = useDesigner((s) => s.selection);
  const [target, setTarget] = useState<ExportTarget>('sam');
  const [format, setFormat] = useState<ExportFormat>('yaml');
  const analysis = useMemo(() => analyzeExport(design, target), [design, target]);
  const text = useMemo(() => renderTemplate(analysis.template, format), [analysis, format]);
  const highlight = useMemo(() => {
    const ids = [
      ...selection.nodes.flatMap((id) => analysis.resourceMap.nodes[id] ?? []),
      ...selection.edges.flatMap((id) => analysis.resourceMap.edges[id] ?? []),
    ];
    return resourceLineRanges(text, format, ids);
  }, [analysis, selection, text, format]);
  const selectedEdge = selection.edges.length === 1 && selection.nodes.length === 0 ? selection.edges[0] : undefined;

  const save = () => {
    const extension = format === 'yaml' ? '.yaml' : '.json';
    const type = format === 'yaml' ? 'application/yaml' : 'application/json';
    void currentHost().exportFile(new Blob([text], { type }), `${slug(design.name)}.${target}${extension}`, `${target === 'sam' ? 'SAM' : 'CloudFormation'} template`, extension);
  };

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
      <TemplateEditor text={text} language={format} theme={theme} highlight={highlight} />
      {selectedEdge ? <EdgeExplanationList items={analysis.explanations[selectedEdge] ?? []} /> : null}
    </section>
  );
}
