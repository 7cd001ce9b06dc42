import { getKind } from '../../../shared/catalog/registry';
import type { DesignNode } from '../../../shared/model/design';

/** Several components of different kinds, or several connections: what is selected, and how to edit it. */
export function SelectionSummary({ nodes, edgeCount }: { nodes: readonly DesignNode[]; edgeCount: number }) {
  const counts = new Map<string, number>();
  for (const node of nodes) counts.set(node.kind, (counts.get(node.kind) ?? 0) + 1);
  return (
    <header className="inspector-header">
      <h3>
        {nodes.length > 0 ? `${nodes.length} components of ${counts.size} kinds selected` : `${edgeCount} connections selected`}
      </h3>
      {nodes.length > 0 ? (
        <ul className="inspector-kind-counts">
          {[...counts].map(([kind, count]) => (
            <li key={kind}>
              {count} × {getKind(kind)?.label ?? kind}
            </li>
          ))}
        </ul>
      ) : null}
      <p className="inspector-note">
        {nodes.length > 0 ? 'Select components of one kind to edit the settings they share.' : 'Select one connection to edit its settings.'}
      </p>
    </header>
  );
}
