import { useEffect, useState } from 'react';
import { useDesigner } from '../../state/store';

/** With nothing selected: the design's name, description, region and account concurrency quota. */
export function DesignSettingsForm() {
  const design = useDesigner((s) => s.design);
  const [draft, setDraft] = useState({ name: design.name, description: design.description, region: design.settings.region, limit: String(design.settings.accountConcurrencyLimit) });
  useEffect(() => setDraft({ name: design.name, description: design.description, region: design.settings.region, limit: String(design.settings.accountConcurrencyLimit) }), [design.name, design.description, design.settings]);
  const limitError = /^\d+$/.test(draft.limit) && Number(draft.limit) > 0 ? null : 'Enter a whole number above 0.';
  const commit = () => {
    if (limitError || !draft.name.trim()) return;
    const next = { name: draft.name.trim(), description: draft.description, settings: { region: draft.region.trim() || 'us-east-1', accountConcurrencyLimit: Number(draft.limit) } };
    if (JSON.stringify(next) === JSON.stringify({ name: design.name, description: design.description, settings: design.settings })) return;
    useDesigner.getState().change((d) => ({ ...d, ...next }));
  };
  const input = (key: keyof typeof draft, label: string, help: string) => (
    <div className="field">
      <label htmlFor={`design-${key}`}>{label}</label>
      <input id={`design-${key}`} value={draft[key]} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} onBlur={commit} onKeyDown={(e) => e.key === 'Enter' && commit()} />
      {key === 'limit' && limitError ? <div className="field-error" role="alert">{limitError}</div> : null}
      <div className="field-help">{help}</div>
    </div>
  );
  return (
    <>
      <h3>Design</h3>
      {input('name', 'Design name', 'Shown in the title bar and the template description.')}
      {input('description', 'Description', 'One line on what this architecture does.')}
      {input('region', 'Region', 'AWS region the design deploys to.')}
      {input('limit', 'Account concurrency limit', 'Concurrent executions quota of the account (AWS default 1,000).')}
      <p className="muted">Select a component or a connection to edit its settings.</p>
    </>
  );
}
