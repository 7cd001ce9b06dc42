/**
 * What a rule read of the design while it ran, so a later validation can tell whether an edit could
 * change its findings. A read is named by what it reads across a kind, not by node:
 * `n:<kind>:config.<key>` (a setting of some node of that kind), `n:<kind>:<property>` (its name,
 * notes, position...), `e:<meaning>:config.<key>`, `s:<setting>`, `d:<design property>`;
 * `…config.*` and `n:<kind>:*` stand for every key (a rule that listed or copied a whole config).
 * `EVERYTHING` is a read that any change touches; `EXPORTED`, one that any change the exporter sees touches.
 */
export type Read = string;

const readNames = new Map<string, Map<string, Read>>();

export const EVERYTHING: Read = '*';

/** A read of the template export makes of the design: every change touches it but layout, notes and suppressions. */
export const EXPORTED: Read = 'export';

/**
 * Reads of the design's structure, as the index hands it out: which nodes there are (in order), of a
 * kind, which connections (of a meaning), which node sits in which. `x:gone:<node id>` is what a
 * look-up by id that found the node depends on (it can only be removed, or turned into another kind);
 * `x:added`, what a look-up that found nothing depends on.
 */
export const STRUCTURE = {
  nodes: 'x:nodes',
  edges: 'x:edges',
  parents: 'x:parents',
  added: 'x:added',
  /** Connections that stay, in another order among one another (asked by look-ups over several meanings). */
  edgeOrder: 'x:edge-order',
  kind: readNamer('x:kind:'),
  gone: readNamer('x:gone:'),
  meaning: readNamer('x:edges:'),
  /** The connections of a meaning into one node, and out of one node (look-ups over several meanings ask per node). */
  into: namerByMeaning('x:in:'),
  outOf: namerByMeaning('x:out:'),
} as const;

/** Names `<prefix><meaning>:<node id>`, one string per pair (see readNamer). */
function namerByMeaning(prefix: string): (meaning: string, nodeId: string) => Read {
  const namers = new Map<string, (name: string) => Read>();
  return (meaning, nodeId) => {
    let namer = namers.get(meaning);
    if (!namer) namers.set(meaning, (namer = readNamer(`${prefix}${meaning}:`)));
    return namer(nodeId);
  };
}

/**
 * Names reads `prefix + name`, one string per pair: reads are kept in sets, and a string already
 * hashed is found at once (a new concatenation would be hashed again on every read).
 */
export function readNamer(prefix: string): (name: string) => Read {
  let names = readNames.get(prefix);
  if (!names) readNames.set(prefix, (names = new Map()));
  const known = names;
  return (name) => {
    let read = known.get(name);
    if (read === undefined) known.set(name, (read = prefix + name));
    return read;
  };
}

let current: Set<Read> | undefined;

/** Notes a read for the rule running now; nothing when no rule is being recorded. */
export function recordRead(read: Read): void {
  current?.add(read);
}

/** Runs `work`, collecting what it read into `reads` (and nothing into the recording around it). */
export function recordingReads<T>(reads: Set<Read>, work: () => T): T {
  const outer = current;
  current = reads;
  try {
    return work();
  } finally {
    current = outer;
  }
}

export function isRecording(): boolean {
  return current !== undefined;
}

/**
 * A value computed once per key and shared by the rules that ask: each asker is charged with what the
 * computation read, so a rule that found it cached still depends on what it was made of.
 */
export function sharedComputation<K extends object, V>(): (key: K, compute: () => V) => V {
  const known = new WeakMap<K, Computed<V>>();
  return (key, compute) => {
    let entry = known.get(key);
    if (!entry) known.set(key, (entry = computed(compute)));
    return charged(entry);
  };
}

/** As sharedComputation, for several values per object (one per subnet of an index, say). */
export function sharedComputations<K extends object, V>(): (key: K, name: string, compute: () => V) => V {
  const known = new WeakMap<K, Map<string, Computed<V>>>();
  return (key, name, compute) => {
    let entries = known.get(key);
    if (!entries) known.set(key, (entries = new Map()));
    let entry = entries.get(name);
    if (!entry) entries.set(name, (entry = computed(compute)));
    return charged(entry);
  };
}

/**
 * A value made only when first asked for (an explanation few ever read), then kept; like a shared
 * computation's, what making it read is charged to everyone who asks, first or not.
 */
export function madeWhenAsked<V>(make: () => V): () => V {
  let entry: Computed<V> | undefined;
  return () => charged((entry ??= computed(make)));
}

export interface Computed<V> {
  value: V;
  /** Undefined when computed while nothing was recorded. */
  reads: Set<Read> | undefined;
}

/** The value with what computing it read, recorded apart from (and not yet charged to) the recording around. */
export function computed<V>(compute: () => V): Computed<V> {
  if (!current) return { value: compute(), reads: undefined };
  const reads = new Set<Read>();
  const value = recordingReads(reads, compute);
  return { value, reads };
}

/** The value, charging what computing it read to the recording around (everything, when that is unknown). */
export function charged<V>(entry: Computed<V>): V {
  if (current) {
    // Computed while nothing was recorded: what it read is unknown, so any change may matter.
    if (!entry.reads) current.add(EVERYTHING);
    else for (const read of entry.reads) current.add(read);
  }
  return entry.value;
}
