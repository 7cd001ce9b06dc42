import type { Design, DesignEdge, DesignNode } from '../../model/design';
import { EVERYTHING, isRecording, type Read, readNamer, recordRead, STRUCTURE } from './read-tracking';

/**
 * The design as rules see it while their reads are recorded: the same values, behind proxies that
 * note each setting, name or property read. Ids, kinds, parents and the ends and meanings of
 * connections are read freely: the index notes what the rules ask of the structure (design-index).
 */

/** Node and edge properties that make the design's structure, read without recording. */
const NODE_STRUCTURE = new Set<PropertyKey>(['id', 'kind', 'parentId']);
const EDGE_STRUCTURE = new Set<PropertyKey>(['id', 'source', 'target', 'meaning']);

const originals = new WeakMap<object, object>();

/** The plain object behind a tracked one (itself when it is not tracked). */
export function untracked<T extends object>(value: T): T {
  return (originals.get(value) as T | undefined) ?? value;
}

function track<T extends object>(target: T, handler: ProxyHandler<T>): T {
  const proxy = new Proxy(target, handler);
  originals.set(proxy, target);
  return proxy;
}

/** A record whose key reads are noted as `<prefix><key>`, and any listing as `<prefix>*`. */
function trackedRecord<T extends object>(record: T, prefix: string): T {
  const all: Read = `${prefix}*`;
  const readOf = readNamer(prefix);
  return track(record, {
    get(target, key, receiver) {
      if (typeof key === 'string' && isRecording()) recordRead(readOf(key));
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string' && isRecording()) recordRead(readOf(key));
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      if (typeof key === 'string' && isRecording()) recordRead(readOf(key));
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      recordRead(all);
      return Reflect.ownKeys(target);
    },
  });
}

function trackedOwner<T extends DesignNode | DesignEdge>(owner: T, prefix: string, structure: ReadonlySet<PropertyKey>): T {
  const config = trackedRecord(owner.config as object, `${prefix}config.`);
  const all: Read = `${prefix}*`;
  const readOf = readNamer(prefix);
  return track(owner, {
    get(target, key, receiver) {
      if (key === 'config') return config;
      if (typeof key === 'string' && !structure.has(key) && isRecording()) recordRead(readOf(key));
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      if (typeof key === 'string' && !structure.has(key) && isRecording()) recordRead(readOf(key));
      return Reflect.has(target, key);
    },
    getOwnPropertyDescriptor(target, key) {
      // A copy of the whole node or edge ({ ...node }) reads its config too.
      recordRead(key === 'config' ? `${prefix}config.*` : all);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
    ownKeys(target) {
      recordRead(all);
      return Reflect.ownKeys(target);
    },
  });
}

const trackedNodes = new WeakMap<DesignNode, DesignNode>();
const trackedEdges = new WeakMap<DesignEdge, DesignEdge>();

/** One proxy per node object, so an unchanged node is the same tracked object from one validation to the next. */
function trackedNode(node: DesignNode): DesignNode {
  let tracked = trackedNodes.get(node);
  if (!tracked) trackedNodes.set(node, (tracked = trackedOwner(node, `n:${node.kind}:`, NODE_STRUCTURE)));
  return tracked;
}

function trackedEdge(edge: DesignEdge): DesignEdge {
  let tracked = trackedEdges.get(edge);
  if (!tracked) trackedEdges.set(edge, (tracked = trackedOwner(edge, `e:${edge.meaning}:`, EDGE_STRUCTURE)));
  return tracked;
}

/** The design with its nodes, edges and settings tracked; other properties (source, name...) are noted as `d:<property>`. */
export function trackedDesign(design: Design): Design {
  const nodes = design.nodes.map(trackedNode);
  const edges = design.edges.map(trackedEdge);
  const settings = trackedRecord(design.settings, 's:');
  return track(design, {
    get(target, key, receiver) {
      if (key === 'nodes') {
        recordRead(STRUCTURE.nodes);
        return nodes;
      }
      if (key === 'edges') {
        recordRead(STRUCTURE.edges);
        return edges;
      }
      if (key === 'settings') return settings;
      if (typeof key === 'string') recordRead(`d:${key}`);
      return Reflect.get(target, key, receiver);
    },
    has(target, key) {
      // Nodes, edges and settings are always there; whether the design has a source or a description may change.
      if (typeof key === 'string') recordRead(`d:${key}`);
      return Reflect.has(target, key);
    },
    ownKeys(target) {
      recordRead(EVERYTHING);
      return Reflect.ownKeys(target);
    },
    getOwnPropertyDescriptor(target, key) {
      recordRead(EVERYTHING);
      return Reflect.getOwnPropertyDescriptor(target, key);
    },
  });
}
