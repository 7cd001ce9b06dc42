import type { Design, DesignNode } from '../model/design';
import type { DesignEdit } from './design-edit';
import { assignNodeIds, baseId, clashesWithGenerated, generatedFrom, type ReservedIds, stemOf } from './logical-ids';

/** The logical ids of the nodes after an edit, and the nodes (there before and after) whose id it changed. */
export interface NodeIdsAfter {
  /** The ids after the edit: the map the next edit updates in place. */
  ids: ReadonlyMap<string, string>;
  /** A node's id before the edit. */
  before(nodeId: string): string | undefined;
  changed: readonly string[];
  /** Logical ids of the nodes the edit removed or gave another id (as they were), and of those it added or gave another id. */
  gone: readonly string[];
  come: readonly string[];
  /** Whether an id is a node's, after the edit and before it. */
  isNodeId: ReservedIds;
  wasNodeId: ReservedIds;
}

/**
 * The logical ids of a design's nodes, as assignNodeIds gives them, followed through edits. While
 * every node has the id it takes when no other node took it first (no number added), an edit that
 * renames, adds or removes nodes works the ids out again only for the nodes whose stem it touched
 * (those nodes, the others of their stems, and those whose stems read as a resource of a function
 * it renamed, added or removed); assignNodeIds sorts and names every node, which costs more than
 * the rest of a small edit's export. Any other case asks assignNodeIds.
 */
export class NodeIdsAlongEdits {
  private readonly stems = new Map<string, string>();
  private readonly byStem = new Map<string, Set<string>>();
  /** Stems of functions, with how many functions have each. */
  private readonly functionStems = new Map<string, number>();
  /** The node of each logical id. */
  private owners: Map<string, string>;
  /** Whether the stems are known: they cost more than an edit of settings, which needs none. */
  private learned = false;
  private plain = true;
  /** The ids of the last design followed, updated in place along edits. */
  private ids: Map<string, string>;

  constructor(ids: ReadonlyMap<string, string>) {
    this.ids = new Map(ids);
    this.owners = ownersOf(this.ids);
  }

  follow(edit: DesignEdit, before: Design, after: Design): NodeIdsAfter {
    const renamed = edit.nodes.changed.filter((c) => c.before.name !== c.after.name || c.before.kind !== c.after.kind);
    if (renamed.length + edit.nodes.added.length + edit.nodes.removed.length === 0) {
      return { ids: this.ids, before: (id) => this.ids.get(id), changed: [], gone: [], come: [], isNodeId: this.owners, wasNodeId: this.owners };
    }
    if (!this.learned) {
      for (const node of before.nodes) this.learn(node, new Set(), new Set());
      this.plain = this.everyPlain();
      this.learned = true;
    }
    const touched = new Set<string>();
    const flipped = new Set<string>();
    for (const node of [...edit.nodes.removed, ...renamed.map((c) => c.before)]) this.forget(node, touched, flipped);
    for (const node of [...edit.nodes.added, ...renamed.map((c) => c.after)]) this.learn(node, touched, flipped);
    const affected = this.affected(touched, flipped);
    const updates = this.plain ? this.quickly(edit.nodes.removed, affected, touched) : undefined;
    let idBefore: (id: string) => string | undefined;
    if (updates) {
      const previous = new Map<string, string | undefined>();
      for (const [id, logicalId] of updates) {
        previous.set(id, this.ids.get(id));
        if (logicalId === undefined) this.ids.delete(id);
        else this.ids.set(id, logicalId);
      }
      idBefore = (id) => (previous.has(id) ? previous.get(id) : this.ids.get(id));
    } else {
      const previous = this.ids;
      idBefore = (id) => previous.get(id);
      this.ids = new Map(assignNodeIds(after));
      this.owners = ownersOf(this.ids);
      this.plain = this.everyPlain();
    }
    const changed: string[] = [];
    for (const id of updates ? affected : this.ids.keys()) {
      const was = idBefore(id);
      if (was !== undefined && was !== this.ids.get(id)) changed.push(id);
    }
    const owners = this.owners;
    const gone = [...changed, ...edit.nodes.removed.map((n) => n.id)].map((id) => idBefore(id) as string);
    const come = [...changed, ...edit.nodes.added.map((n) => n.id)].map((id) => this.ids.get(id) as string);
    const [wentAway, cameIn] = [new Set(gone), new Set(come)];
    const wasNodeId = { has: (id: string) => wentAway.has(id) || (owners.has(id) && !cameIn.has(id)) };
    return { ids: this.ids, before: idBefore, changed, gone, come, isNodeId: owners, wasNodeId };
  }

  /** The new ids of the removed and affected nodes (none for removed ones) when every affected node takes its base id unchallenged; undefined when some would not. */
  private quickly(removed: readonly DesignNode[], affected: ReadonlySet<string>, touched: ReadonlySet<string>): Map<string, string | undefined> | undefined {
    const updates = new Map<string, string | undefined>();
    for (const node of removed) {
      this.disown(node.id);
      updates.set(node.id, undefined);
    }
    for (const id of affected) this.disown(id);
    for (const id of affected) {
      const stem = this.stems.get(id) as string;
      const collides = this.collides(stem);
      const logicalId = baseId(stem, id, collides);
      if (this.owners.has(logicalId) || (collides && this.byStem.has(logicalId))) return undefined;
      this.owners.set(logicalId, id);
      updates.set(id, logicalId);
    }
    // A node whose id carries its node id must not have an id that is now some node's stem.
    for (const stem of touched) {
      const owner = this.owners.get(stem);
      if (this.byStem.has(stem) && owner !== undefined && !affected.has(owner) && this.collides(this.stems.get(owner) as string)) return undefined;
    }
    return updates;
  }

  private disown(id: string): void {
    const logicalId = this.ids.get(id);
    if (logicalId !== undefined && this.owners.get(logicalId) === id) this.owners.delete(logicalId);
  }

  /** Nodes of the touched stems, and nodes whose stems read as a resource of a function stem that came or went. */
  private affected(touched: ReadonlySet<string>, flipped: ReadonlySet<string>): Set<string> {
    const affected = new Set<string>();
    for (const stem of touched) for (const id of this.byStem.get(stem) ?? []) affected.add(id);
    if (flipped.size === 0) return affected;
    for (const [stem, ids] of this.byStem) {
      for (const functionStem of flipped) if (generatedFrom(functionStem, stem)) for (const id of ids) affected.add(id);
    }
    return affected;
  }

  private collides(stem: string): boolean {
    return (this.byStem.get(stem)?.size ?? 0) > 1 || clashesWithGenerated(stem, this.functionStems);
  }

  private learn(node: DesignNode, touched: Set<string>, flipped: Set<string>): void {
    const stem = stemOf(node);
    this.stems.set(node.id, stem);
    const ids = this.byStem.get(stem) ?? new Set<string>();
    ids.add(node.id);
    this.byStem.set(stem, ids);
    touched.add(stem);
    if (node.kind !== 'lambda-function') return;
    const count = (this.functionStems.get(stem) ?? 0) + 1;
    this.functionStems.set(stem, count);
    if (count === 1) flipped.add(stem);
  }

  private forget(node: DesignNode, touched: Set<string>, flipped: Set<string>): void {
    const stem = this.stems.get(node.id) as string;
    this.stems.delete(node.id);
    const ids = this.byStem.get(stem);
    ids?.delete(node.id);
    if (ids?.size === 0) this.byStem.delete(stem);
    touched.add(stem);
    if (node.kind !== 'lambda-function') return;
    const count = (this.functionStems.get(stem) ?? 0) - 1;
    if (count > 0) this.functionStems.set(stem, count);
    else {
      this.functionStems.delete(stem);
      flipped.add(stem);
    }
  }

  /** Whether every node has its base id. */
  private everyPlain(): boolean {
    for (const [id, logicalId] of this.ids) {
      const stem = this.stems.get(id) as string;
      if (logicalId !== baseId(stem, id, this.collides(stem))) return false;
    }
    return true;
  }
}

function ownersOf(ids: ReadonlyMap<string, string>): Map<string, string> {
  return new Map([...ids].map(([id, logicalId]) => [logicalId, id]));
}
