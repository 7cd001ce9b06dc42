import type { Design, DesignEdge, DesignNode } from '../../model/design';
import { differingPart } from '../../model/differing-part';
import { EVERYTHING, EXPORTED, type Read, STRUCTURE } from './read-tracking';

/** What the exporter never reads: where things are drawn, notes, suppressions. */
const UNEXPORTED_PROPERTIES = new Set(['position', 'size', 'notes']);
const UNEXPORTED_DESIGN_PROPERTIES = new Set(['viewport', 'suppressions']);
const NONE: ReadonlySet<string> = new Set();

/**
 * What changed between two designs, as the reads it touches (see read-tracking): settings and
 * properties by kind or meaning, and the structure (nodes of a kind added, removed or re-ordered,
 * connections of a meaning, parents). Empty when nothing a rule can read changed.
 */
export function changedReads(before: Design, after: Design): Set<Read> {
  const reads = new Set<Read>();
  const nodes = differingPart(before.nodes, after.nodes);
  const nodesMoved = before.nodes !== after.nodes && nodeChanges(nodes.before, nodes.after, reads);
  if (before.edges !== after.edges) {
    const edges = differingPart(before.edges, after.edges);
    edgeChanges(edges.before, edges.after, reads);
  }
  if (nodesMoved) endChanges(nodes.before, nodes.after, [before.edges, after.edges], reads);
  if (before.settings !== after.settings) recordChangedKeys(before.settings, after.settings, 's:', reads);
  for (const key of keysOf(before, after)) {
    if (key === 'nodes' || key === 'edges' || key === 'settings') continue;
    if (before[key as keyof Design] === after[key as keyof Design]) continue;
    reads.add(`d:${key}`);
    if (!UNEXPORTED_DESIGN_PROPERTIES.has(key)) reads.add(EXPORTED);
  }
  if (reads.size > 0) reads.add(EVERYTHING);
  return reads;
}

/** Notes what changed of the nodes; true when nodes came, went or moved in the list. */
function nodeChanges(before: readonly DesignNode[], after: readonly DesignNode[], reads: Set<Read>): boolean {
  if (sameNodeSequence(before, after)) {
    // Most edits replace nodes where they are: compare them pair by pair.
    for (let i = 0; i < after.length; i++) {
      const was = before[i] as DesignNode;
      const is = after[i] as DesignNode;
      if (was === is) continue;
      if (is.parentId !== was.parentId) reads.add(STRUCTURE.parents);
      ownerChanges(was, is, `n:${is.kind}:`, reads);
    }
    return false;
  }
  const was = new Map(before.map((node) => [node.id, node]));
  const is = new Map(after.map((node) => [node.id, node]));
  for (const node of before) {
    const now = is.get(node.id);
    if (now && now.kind === node.kind) {
      if (now.parentId !== node.parentId) reads.add(STRUCTURE.parents);
      if (now !== node) ownerChanges(node, now, `n:${node.kind}:`, reads);
      continue;
    }
    // Removed, or turned into another kind (removed, then added as that kind).
    reads.add(STRUCTURE.gone(node.id));
    if (node.parentId !== undefined) reads.add(STRUCTURE.parents);
  }
  for (const node of after) {
    if (was.get(node.id)?.kind === node.kind) continue;
    reads.add(STRUCTURE.added);
    if (node.parentId !== undefined) reads.add(STRUCTURE.parents);
  }
  // A list read depends on its members and their order.
  sequenceChanges(before, after, (node) => node.kind, (node) => node.id, STRUCTURE.kind, STRUCTURE.nodes, reads);
  return true;
}

/** The same ids of the same kinds in the same order. */
function sameNodeSequence(before: readonly DesignNode[], after: readonly DesignNode[]): boolean {
  if (before.length !== after.length) return false;
  for (let i = 0; i < after.length; i++) {
    const was = before[i] as DesignNode;
    const is = after[i] as DesignNode;
    if (was !== is && (was.id !== is.id || was.kind !== is.kind)) return false;
  }
  return true;
}

function edgeChanges(before: readonly DesignEdge[], after: readonly DesignEdge[], reads: Set<Read>): void {
  const was = new Map(before.map((edge) => [edge.id, edge]));
  const is = new Map(after.map((edge) => [edge.id, edge]));
  for (const edge of after) {
    const old = was.get(edge.id);
    if (old && old !== edge && sameEnds(old, edge)) ownerChanges(old, edge, `e:${edge.meaning}:`, reads);
    else if (!old || old !== edge) {
      endsRead(edge, reads);
      if (old) endsRead(old, reads);
    }
  }
  for (const edge of before) if (!is.has(edge.id)) endsRead(edge, reads);
  sequenceChanges(before, after, (edge) => edge.meaning, (edge) => `${edge.id}\u0000${edge.source}\u0000${edge.target}`, STRUCTURE.meaning, STRUCTURE.edges, reads);
  if (orderChanged(before, after)) {
    reads.add(STRUCTURE.edgeOrder);
    reads.add(STRUCTURE.edges);
    reads.add(EXPORTED);
  }
}

/**
 * Connections that stay, in another order among one another: look-ups over several meanings
 * (inAmong) see it even when every meaning's own list is the same.
 */
function orderChanged(before: readonly DesignEdge[], after: readonly DesignEdge[]): boolean {
  const ids = new Set(after.map((edge) => edge.id));
  const kept = before.filter((edge) => ids.has(edge.id));
  const was = new Set(kept.map((edge) => edge.id));
  let i = 0;
  for (const edge of after) {
    if (!was.has(edge.id)) continue;
    if ((kept[i] as DesignEdge).id !== edge.id) return true;
    i++;
  }
  return false;
}

/**
 * The index leaves out connections with an end missing: one whose end was removed or added (the
 * connection itself unchanged) appears in or leaves the lists of its meaning.
 */
function endChanges(before: readonly DesignNode[], after: readonly DesignNode[], edgeLists: readonly (readonly DesignEdge[])[], reads: Set<Read>): void {
  const was = new Set(before.map((node) => node.id));
  const is = new Set(after.map((node) => node.id));
  const cameOrWent = new Set([...was, ...is].filter((id) => was.has(id) !== is.has(id)));
  if (cameOrWent.size === 0) return;
  for (const edges of edgeLists) {
    for (const edge of edges) {
      if (!cameOrWent.has(edge.source) && !cameOrWent.has(edge.target)) continue;
      endsRead(edge, reads);
      reads.add(STRUCTURE.meaning(edge.meaning));
      reads.add(STRUCTURE.edges);
      reads.add(EXPORTED);
    }
  }
}

/** The connections of the edge's meaning into its target and out of its source, asked per node. */
function endsRead(edge: DesignEdge, reads: Set<Read>): void {
  reads.add(STRUCTURE.into(edge.meaning, edge.target));
  reads.add(STRUCTURE.outOf(edge.meaning, edge.source));
}

function sameEnds(a: DesignEdge, b: DesignEdge): boolean {
  return a.source === b.source && a.target === b.target && a.meaning === b.meaning;
}

/** Notes `groupRead(group)` for each group whose members (by key, in order) differ, and `allRead` when any does. */
function sequenceChanges<T>(before: readonly T[], after: readonly T[], groupOf: (item: T) => string, keyOf: (item: T) => string, groupRead: (group: string) => Read, allRead: Read, reads: Set<Read>): void {
  const sequences = (items: readonly T[]) => {
    const groups = new Map<string, string[]>();
    for (const item of items) {
      const group = groupOf(item);
      const list = groups.get(group);
      if (list) list.push(keyOf(item));
      else groups.set(group, [keyOf(item)]);
    }
    return groups;
  };
  const old = sequences(before);
  const now = sequences(after);
  let changed = false;
  for (const group of new Set([...old.keys(), ...now.keys()])) {
    const a = old.get(group) ?? [];
    const b = now.get(group) ?? [];
    if (a.length === b.length && a.every((key, i) => key === b[i])) continue;
    reads.add(groupRead(group));
    reads.add(EXPORTED);
    changed = true;
  }
  if (changed) reads.add(allRead);
  // The same members in another order across groups.
  else if (before.length !== after.length || before.some((item, i) => keyOf(item) !== keyOf(after[i] as T))) {
    reads.add(allRead);
    reads.add(EXPORTED);
  }
}

function keysOf(a: object, b: object): Set<string> {
  return new Set([...Object.keys(a), ...Object.keys(b)]);
}

/** Adds `<prefix><key>` for each key whose value differs, and `<prefix>*` when any does. */
function recordChangedKeys(before: object, after: object, prefix: string, reads: Set<Read>, unexported: ReadonlySet<string> = NONE): boolean {
  let changed = false;
  for (const key of keysOf(before, after)) {
    if ((before as Record<string, unknown>)[key] === (after as Record<string, unknown>)[key]) continue;
    reads.add(prefix + key);
    if (!unexported.has(key)) reads.add(EXPORTED);
    changed = true;
  }
  if (changed) reads.add(`${prefix}*`);
  return changed;
}

/** Settings and properties of a node or connection that kept its id, kind (or ends and meaning). */
function ownerChanges(before: DesignNode | DesignEdge, after: DesignNode | DesignEdge, prefix: string, reads: Set<Read>): void {
  const { config: configBefore, ...restBefore } = before;
  const { config: configAfter, ...restAfter } = after;
  const changed = recordChangedKeys(restBefore, restAfter, prefix, reads, UNEXPORTED_PROPERTIES);
  const configChanged = configBefore !== configAfter && recordChangedKeys(configBefore as object, configAfter as object, `${prefix}config.`, reads);
  if (configChanged && !changed) reads.add(`${prefix}*`);
}
