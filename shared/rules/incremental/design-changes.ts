import type { Design, DesignEdge, DesignNode } from '../../model/design';
import { EVERYTHING, EXPORTED, type Read } from './read-tracking';

/** What the exporter never reads: where things are drawn, notes, suppressions. */
const UNEXPORTED_PROPERTIES = new Set(['position', 'size', 'notes']);
const UNEXPORTED_DESIGN_PROPERTIES = new Set(['viewport', 'suppressions']);

/**
 * What changed between two designs, as the reads it touches (see read-tracking), or `undefined` when
 * the structure changed: a node or connection added, removed, re-ordered or re-parented, a kind or
 * the ends or meaning of a connection. Then every rule runs again.
 */
export function changedReads(before: Design, after: Design): Set<Read> | undefined {
  if (before.nodes.length !== after.nodes.length || before.edges.length !== after.edges.length) return undefined;
  const reads = new Set<Read>();
  for (let i = 0; i < after.nodes.length; i++) {
    const was = before.nodes[i] as DesignNode;
    const is = after.nodes[i] as DesignNode;
    if (was === is) continue;
    if (was.id !== is.id || was.kind !== is.kind || was.parentId !== is.parentId) return undefined;
    ownerChanges(was, is, `n:${is.kind}:`, reads);
  }
  for (let i = 0; i < after.edges.length; i++) {
    const was = before.edges[i] as DesignEdge;
    const is = after.edges[i] as DesignEdge;
    if (was === is) continue;
    if (was.id !== is.id || was.source !== is.source || was.target !== is.target || was.meaning !== is.meaning) return undefined;
    ownerChanges(was, is, `e:${is.meaning}:`, reads);
  }
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

const NONE: ReadonlySet<string> = new Set();

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

function ownerChanges(before: DesignNode | DesignEdge, after: DesignNode | DesignEdge, prefix: string, reads: Set<Read>): void {
  const { config: configBefore, ...restBefore } = before;
  const { config: configAfter, ...restAfter } = after;
  const changed = recordChangedKeys(restBefore, restAfter, prefix, reads, UNEXPORTED_PROPERTIES);
  const configChanged = configBefore !== configAfter && recordChangedKeys(configBefore as object, configAfter as object, `${prefix}config.`, reads);
  if (configChanged && !changed) reads.add(`${prefix}*`);
}
