import type { KindDefinition } from '../../../shared/catalog/define-kind';
import type { DesignNode, NodeOfKind } from '../../../shared/model/design';
import { updateNodeConfig } from '../../../shared/model/edits/update-config';
import { useDesigner } from '../../state/store';
import { FieldInput } from './FieldInput';
import { MemoryEffect } from './MemoryEffect';
import type { Theme } from './field-props';
import { NodeHeader } from './NodeHeader';
import { describeFields } from './schema-fields';
import { sharedValue } from './selection-values';

/** Settings of one component, or of several of the same kind at once (one undo step for all). */
export function NodeForm({ nodes, kind, theme }: { nodes: readonly DesignNode[]; kind: KindDefinition; theme: Theme }) {
  const ids = nodes.map((n) => n.id);
  const configs = nodes.map((n) => n.config);
  const fields = describeFields(kind.config);
  const commit = (path: readonly string[], value: unknown) => useDesigner.getState().change((d) => updateNodeConfig(d, ids, path, value));
  return (
    <>
      <NodeHeader nodes={nodes} kind={kind} />
      {nodes.length === 1 && nodes[0]?.kind === 'lambda-function' ? <MemoryEffect fn={nodes[0] as NodeOfKind<'lambda-function'>} /> : null}
      <section className="inspector-fields" aria-label={`${kind.label} settings`}>
        {fields.length === 0 ? <p className="inspector-note">This component has no settings of its own.</p> : null}
        {fields.map((field) => (
          <FieldInput key={field.key} field={field} configs={configs} scope="node" runtime={sharedValue(configs, ['runtime'])} theme={theme} onCommit={commit} />
        ))}
      </section>
    </>
  );
}
