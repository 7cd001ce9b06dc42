import type { Design, DesignEdge, DesignNode } from '../model/design';
import { differingPart } from '../model/differing-part';
import { sameExcept } from '../model/same-except';
import { type DesignGraph, GraphAfterEdit } from './design-graph';

/** Parts of a design the export reads only through its nodes and edges, or never. */
const DESIGN_PARTS = new Set(['nodes', 'edges', 'viewport', 'suppressions']);
/** Parts of a node the export never reads. */
const LAYOUT = new Set(['position', 'size', 'notes']);
const NOTHING = new Set<string>();

export interface Change<T> {
  before: T;
  after: T;
}

interface Changes<T> {
  added: T[];
  removed: T[];
  /** Same id, read differently by the export. */
  changed: Change<T>[];
  /** Same id, a new object the export reads the same (a node moved, an edge copied): the graph keeps the newest. */
  refreshed: T[];
}

/** What an edit changed of the nodes and edges of a design, compared by identity (edits share what they leave alone). */
export interface DesignEdit {
  nodes: Changes<DesignNode>;
  edges: Changes<DesignEdge>;
}

/**
 * The edit that made `after` of `before` (whose graph is given), when it kept the design's name,
 * description and other parts the export reads besides nodes and edges. Undefined for any other
 * edit, and for a design with two nodes or two edges of one id or a connection with a missing end.
 */
export function designEdit(before: Design, graph: DesignGraph, after: Design): DesignEdit | undefined {
  if (!sameExcept(before, after, DESIGN_PARTS)) return undefined;
  const nodes = changesById(before.nodes, after.nodes, (id) => graph.node(id) !== undefined, LAYOUT);
  const edges = changesById(before.edges, after.edges, (id) => graph.edge(id) !== undefined, NOTHING);
  if (!nodes || !edges) return undefined;
  const edit = { nodes, edges };
  return endsHeld(graph, edit) ? edit : undefined;
}

/** Whether the edit changed nothing the export reads. */
export function readsNothingNew(edit: DesignEdit): boolean {
  const { nodes, edges } = edit;
  return nodes.added.length + nodes.removed.length + nodes.changed.length + edges.added.length + edges.removed.length + edges.changed.length === 0;
}

function noChanges<T>(): Changes<T> {
  return { added: [], removed: [], changed: [], refreshed: [] };
}

/**
 * What changed from one list to the next, looking only at the stretch that differs (differingPart).
 * An item of that stretch with the id of an item outside it is a second item of one id: undefined.
 */
function changesById<T extends { id: string }>(before: readonly T[], after: readonly T[], known: (id: string) => boolean, unread: ReadonlySet<string>): Changes<T> | undefined {
  const changes = noChanges<T>();
  if (before === after) return changes;
  const part = differingPart(before, after);
  const was = new Map(part.before.map((item) => [item.id, item]));
  const seen = new Set<string>();
  for (const item of part.after) {
    if (seen.has(item.id)) return undefined;
    seen.add(item.id);
    const old = was.get(item.id);
    if (old === undefined && known(item.id)) return undefined;
    was.delete(item.id);
    if (old === item) continue;
    if (!old) changes.added.push(item);
    else if (sameExcept(old, item, unread)) changes.refreshed.push(item);
    else changes.changed.push({ before: old, after: item });
  }
  changes.removed.push(...was.values());
  return changes;
}

/** Every connection after the edit has both its ends. */
function endsHeld(graph: DesignGraph, edit: DesignEdit): boolean {
  const after = new GraphAfterEdit(graph, edit);
  for (const node of edit.nodes.removed) for (const _ of after.edgesAt(node.id)) return false;
  for (const edge of [...edit.edges.added, ...edit.edges.changed.map((c) => c.after)]) if (!after.node(edge.source) || !after.node(edge.target)) return false;
  return true;
}
