import type { Design } from '../design';

/** One setting to change: a path into the config of a node or an edge. */
export interface ConfigChange {
  target: 'node' | 'edge';
  id: string;
  path: readonly string[];
  value: unknown;
}

function setIn(value: unknown, path: readonly string[], next: unknown): unknown {
  const [head, ...rest] = path;
  if (head === undefined) return next;
  const base = value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
  const updated = setIn(base[head], rest, next);
  if (base[head] === updated) return value;
  const copy = { ...base };
  if (updated === undefined) delete copy[head];
  else copy[head] = updated;
  return copy;
}

function getIn(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
  return current;
}

/**
 * Applies config changes (such as a rule's fix) as one new design; `undefined` removes a setting.
 * Changes that set what is already there are dropped, so an edit that changes nothing returns the same design.
 */
export function applyConfigChanges(design: Design, changes: readonly ConfigChange[]): Design {
  const effective = changes.filter((change) => {
    const owner = change.target === 'node' ? design.nodes.find((n) => n.id === change.id) : design.edges.find((e) => e.id === change.id);
    return owner !== undefined && JSON.stringify(getIn(owner.config, change.path)) !== JSON.stringify(change.value);
  });
  if (effective.length === 0) return design;
  let nodes = design.nodes;
  let edges = design.edges;
  for (const change of effective) {
    if (change.target === 'node') {
      nodes = nodes.map((n) => (n.id === change.id ? ({ ...n, config: setIn(n.config, change.path, change.value) } as typeof n) : n));
    } else {
      edges = edges.map((e) => (e.id === change.id ? { ...e, config: setIn(e.config, change.path, change.value) as Record<string, unknown> } : e));
    }
  }
  return { ...design, nodes, edges };
}
