import type { ConfigChange } from '../../model/edits/apply-changes';

/** A change to a node's settings, for a rule's fix. */
export function nodeChange(id: string, path: string[], value: unknown): ConfigChange {
  return { target: 'node', id, path, value };
}

/** A change to an edge's settings, for a rule's fix. */
export function edgeChange(id: string, path: string[], value: unknown): ConfigChange {
  return { target: 'edge', id, path, value };
}
