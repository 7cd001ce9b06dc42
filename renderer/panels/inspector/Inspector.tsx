import { findConnectionSpec } from '../../../shared/catalog/connection-table';
import { getKind } from '../../../shared/catalog/registry';
import type { Design, DesignNode } from '../../../shared/model/design';
import { applyConfigChanges } from '../../../shared/model/edits/apply-changes';
import { MEANINGS } from '../../../shared/model/meaning';
import { useDesigner } from '../../state/store';
import { DesignSettingsForm } from './DesignSettingsForm';
import { FieldInput } from './FieldInput';
import { NodeHeader } from './NodeHeader';
import { describeFields } from './schema-fields';
import { type FieldValue, MIXED } from './SimpleFields';
import './inspector.css';

/** The value the selected nodes share at a key, or MIXED. */
function sharedValue(nodes: DesignNode[], key: string): FieldValue {
  const values = nodes.map((n) => (n.config as Record<string, unknown>)[key]);
  const first = JSON.stringify(values[0]);
  return values.every((v) => JSON.stringify(v) === first) ? values[0] : MIXED;
}

function codeLanguageOf(nodes: DesignNode[]): 'javascript' | 'python' {
  const runtime = nodes[0]?.kind === 'lambda-function' ? nodes[0].config.runtime : '';
  return runtime.startsWith('python') ? 'python' : 'javascript';
}

/** Settings of the selection as a form generated from its schema; with nothing selected, the design's own. */
export function Inspector({ theme }: { theme: 'light' | 'dark' }) {
  const design = useDesigner((s) => s.design);
  const selection = useDesigner((s) => s.selection);
  const nodes = design.nodes.filter((n) => selection.nodes.includes(n.id));
  const edge = selection.nodes.length === 0 && selection.edges.length === 1 ? design.edges.find((e) => e.id === selection.edges[0]) : undefined;
  const change = (edit: (d: Design) => Design) => useDesigner.getState().change(edit);

  if (nodes.length > 0) {
    const kinds = new Set(nodes.map((n) => n.kind));
    if (kinds.size > 1) {
      return (
        <div className="inspector" data-testid="inspector">
          <p className="muted">{nodes.length} components of {kinds.size} kinds selected. Select components of one kind to edit their shared settings.</p>
        </div>
      );
    }
    const kind = getKind(nodes[0]!.kind)!;
    const ids = nodes.map((n) => n.id);
    return (
      <div className="inspector" data-testid="inspector">
        <NodeHeader nodes={nodes} kind={kind} />
        {describeFields(kind.config).map((field) => (
          <FieldInput
            key={`${ids.join(',')}-${field.key}`}
            field={field}
            value={sharedValue(nodes, field.key)}
            idPrefix="node"
            codeLanguage={codeLanguageOf(nodes)}
            theme={theme}
            onCommit={(path, value) => change((d) => applyConfigChanges(d, ids.map((id) => ({ target: 'node' as const, id, path, value }))))}
          />
        ))}
      </div>
    );
  }

  if (edge) {
    const source = design.nodes.find((n) => n.id === edge.source);
    const target = design.nodes.find((n) => n.id === edge.target);
    const spec = source && target ? findConnectionSpec(source.kind, target.kind, edge.meaning) : undefined;
    return (
      <div className="inspector" data-testid="inspector">
        <h3>{spec?.label ?? MEANINGS[edge.meaning].label}</h3>
        <p className="muted">{source?.name} → {target?.name}. {MEANINGS[edge.meaning].description}</p>
        {spec?.config ? (
          describeFields(spec.config).map((field) => (
            <FieldInput
              key={`${edge.id}-${field.key}`}
              field={field}
              value={edge.config[field.key]}
              idPrefix="edge"
              codeLanguage="javascript"
              theme={theme}
              onCommit={(path, value) => change((d) => applyConfigChanges(d, [{ target: 'edge', id: edge.id, path, value }]))}
            />
          ))
        ) : (
          <p className="muted">This connection has no settings of its own.</p>
        )}
      </div>
    );
  }

  return (
    <div className="inspector" data-testid="inspector">
      <DesignSettingsForm />
    </div>
  );
}
