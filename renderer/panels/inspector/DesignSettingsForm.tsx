import { useShallow } from 'zustand/react/shallow';
import { DesignSettings } from '../../../shared/model/design';
import { updateDesignSettings } from '../../../shared/model/edits/update-config';
import { useDesigner } from '../../state/store';
import { AWS_REGIONS } from './aws-regions';
import { FieldInput } from './FieldInput';
import type { Theme } from './field-props';
import { describeFields, type FieldDescriptor } from './schema-fields';
import { useDraft } from './use-draft';

const SETTINGS_FIELDS: readonly FieldDescriptor[] = describeFields(DesignSettings).map((field) =>
  field.key === 'region' ? { ...field, options: AWS_REGIONS } : field,
);

function DesignNameField({ name }: { name: string }) {
  const commit = (text: string) => {
    if (text.trim() && text.trim() !== name) useDesigner.getState().change((d) => updateDesignSettings(d, { name: text }));
  };
  const [text, setText] = useDraft(name, commit);
  const problem = text.trim() === '' ? 'Enter a name.' : null;
  return (
    <div className="field field-text">
      <label htmlFor="inspector-design-name">Design name</label>
      <input
        id="inspector-design-name"
        type="text"
        autoComplete="off"
        value={text}
        aria-invalid={problem ? true : undefined}
        onChange={(e) => setText(e.target.value)}
        onBlur={() => commit(text)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit(text);
          if (e.key === 'Escape') setText(name);
        }}
      />
      {problem ? <div className="field-error" role="alert">{problem}</div> : null}
      <div className="field-help">Shown on the gallery card and written into the exported template’s description.</div>
    </div>
  );
}

function DesignDescriptionField({ description }: { description: string }) {
  const commit = (text: string) => {
    if (text !== description) useDesigner.getState().change((d) => updateDesignSettings(d, { description: text }));
  };
  const [text, setText] = useDraft(description, commit);
  return (
    <div className="field field-notes">
      <label htmlFor="inspector-design-description">Description</label>
      <textarea id="inspector-design-description" rows={3} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => commit(text)} />
      <div className="field-help">What this architecture does, in a sentence or two.</div>
    </div>
  );
}

/** With nothing selected: the design's own name, description, region and account concurrency limit. */
export function DesignSettingsForm({ theme }: { theme: Theme }) {
  // What the form shows, not the design, so moving components does not re-render it.
  const { name, description, settings, nodeCount, edgeCount } = useDesigner(
    useShallow((s) => ({ name: s.design.name, description: s.design.description, settings: s.design.settings, nodeCount: s.design.nodes.length, edgeCount: s.design.edges.length })),
  );
  const commit = (path: readonly string[], value: unknown) => {
    const [key] = path;
    if (key === 'region' || key === 'accountConcurrencyLimit') useDesigner.getState().change((d) => updateDesignSettings(d, { [key]: value }));
  };
  return (
    <>
      <header className="inspector-header">
        <h3>Design</h3>
        <p className="inspector-kind-description">
          {nodeCount} component{nodeCount === 1 ? '' : 's'}, {edgeCount} connection{edgeCount === 1 ? '' : 's'}.
          Select a component or a connection to edit its settings.
        </p>
      </header>
      <section className="inspector-fields" aria-label="Design settings">
        <DesignNameField name={name} />
        <DesignDescriptionField description={description} />
        {SETTINGS_FIELDS.map((field) => (
          <FieldInput key={field.key} field={field} configs={[settings]} scope="design" theme={theme} onCommit={commit} />
        ))}
      </section>
    </>
  );
}
