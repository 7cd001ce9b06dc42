import { useBadge } from '../state/findings';
import { useDesigner } from '../state/store';
import { useUi } from '../state/ui-store';
import './finding-badge.css';

const NOUN = { error: 'error', warning: 'warning', info: 'note' } as const;

/** The number of findings on a component or connection, coloured by the worst; a click lists them. */
export function FindingBadge({ id, kind }: { id: string; kind: 'node' | 'edge' }) {
  const badge = useBadge(id);
  if (!badge) return null;
  const label = `${badge.count} ${badge.count === 1 ? 'finding' : 'findings'}, worst: ${NOUN[badge.severity]}`;
  return (
    <button
      type="button"
      className={`finding-badge severity-${badge.severity} nodrag nopan`}
      data-testid={`badge-${id}`}
      data-severity={badge.severity}
      aria-label={label}
      title={`${label}. Click to see them.`}
      onClick={(e) => {
        e.stopPropagation();
        useDesigner.getState().select(kind === 'node' ? { nodes: [id], edges: [] } : { nodes: [], edges: [id] });
        useUi.getState().set({ sideTab: 'problems' });
      }}
    >
      {badge.count}
    </button>
  );
}
