import { findConnectionSpec } from '../../../shared/catalog/connection-table';
import type { DesignEdge } from '../../../shared/model/design';
import { updateEdgeConfig } from '../../../shared/model/edits/update-config';
import { MEANINGS } from '../../../shared/model/meaning';
import { useDesigner } from '../../state/store';
import { FieldInput } from './FieldInput';
import type { Theme } from './field-props';
import { describeFields } from './schema-fields';

/** Settings of a connection, from the connection spec of its pair of kinds and meaning. */
export function EdgeForm({ edge, theme }: { edge: DesignEdge; theme: Theme }) {
  const source = useDesigner((s) => s.design.nodes.find((n) => n.id === edge.source));
  const target = useDesigner((s) => s.design.nodes.find((n) => n.id === edge.target));
  const spec = source && target ? findConnectionSpec(source.kind, target.kind, edge.meaning) : undefined;
  const meaning = MEANINGS[edge.meaning];
  const fields = spec?.config ? describeFields(spec.config) : [];
  const commit = (path: readonly string[], value: unknown) => useDesigner.getState().change((d) => updateEdgeConfig(d, edge.id, path, value));
  return (
    <>
      <header className="inspector-header">
        <h3>{spec?.label ?? meaning.label}</h3>
        <p className="inspector-edge-ends">
          {source?.name ?? edge.source} → {target?.name ?? edge.target}
        </p>
        <p className="inspector-kind-description">{meaning.description}</p>
      </header>
      {!spec ? <p className="field-error">These components cannot be connected this way any more; delete the connection or redraw it.</p> : null}
      <section className="inspector-fields" aria-label="Connection settings">
        {spec && fields.length === 0 ? <p className="inspector-note">This connection has no settings of its own.</p> : null}
        {fields.map((field) => (
          <FieldInput key={field.key} field={field} configs={[edge.config]} scope="edge" runtime={undefined} theme={theme} onCommit={commit} />
        ))}
      </section>
    </>
  );
}
