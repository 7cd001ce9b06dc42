import { canonicalJson } from '../model/canonical-json';
import type { Design } from '../model/design';
import { compareText } from '../model/compare-text';

/** FNV-1a over the text, as 13 base-36 digits: short, stable, and enough to notice an edit. */
function hash(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0x01000193;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
  }
  return (h1 >>> 0).toString(36).padStart(7, '0') + (h2 >>> 0).toString(36).padStart(7, '0');
}

/** A node's settings without its expected traffic, which the cost estimate reads and no template holds. */
function deployedConfig(config: object): object {
  if (!('traffic' in config)) return config;
  const { traffic: _traffic, ...rest } = config as Record<string, unknown>;
  return rest;
}

type DesignEdge = Design['edges'][number];

/**
 * The last fingerprint of each node object, with the edges it was taken with: designs share the
 * nodes and edges an edit left alone. Edits replace what they change (designs are never changed in
 * place), so the same objects mean the same fingerprint.
 */
const known = new WeakMap<Design['nodes'][number], { touching: readonly DesignEdge[]; fingerprint: string }>();

function fingerprintOf(node: Design['nodes'][number], touching: readonly DesignEdge[]): string {
  const last = known.get(node);
  if (last && last.touching.length === touching.length && last.touching.every((edge, i) => edge === touching[i])) return last.fingerprint;
  const fingerprint = computeFingerprint(node, touching);
  known.set(node, { touching, fingerprint });
  return fingerprint;
}

function computeFingerprint(node: Design['nodes'][number], touching: readonly DesignEdge[]): string {
  const edges = touching
    .map((e) => {
      const entry = [e.source, e.target, e.meaning, e.config];
      return { entry, key: JSON.stringify(entry) };
    })
    .sort((a, b) => compareText(a.key, b.key))
    .map((e) => e.entry);
  return hash(canonicalJson({ kind: node.kind, config: deployedConfig(node.config), parentId: node.parentId ?? null, edges }));
}

/**
 * What a node means for export: kind, config, container and every connection it takes part in.
 * Name, position, notes and expected traffic are left out: moving, renaming or sizing the load of a
 * node changes no resource.
 */
export function nodeFingerprint(design: Design, nodeId: string): string | undefined {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return undefined;
  return fingerprintOf(node, design.edges.filter((e) => e.source === nodeId || e.target === nodeId));
}

/** `nodeFingerprint` of every node, in one pass over the edges (one call per node would be quadratic). */
export function nodeFingerprints(design: Design): Map<string, string> {
  const touching = new Map<string, DesignEdge[]>();
  const touch = (id: string, edge: DesignEdge) => {
    const list = touching.get(id);
    if (list) list.push(edge);
    else touching.set(id, [edge]);
  };
  for (const edge of design.edges) {
    touch(edge.source, edge);
    if (edge.target !== edge.source) touch(edge.target, edge);
  }
  const fingerprints = new Map<string, string>();
  for (const node of design.nodes) if (!fingerprints.has(node.id)) fingerprints.set(node.id, fingerprintOf(node, touching.get(node.id) ?? []));
  return fingerprints;
}

/** Nodes imported from a template and not changed since: export writes their resources back as they were. */
export function pristineNodes(design: Design): Set<string> {
  const pristine = new Set<string>();
  if (!design.source) return pristine;
  const resources = design.source.resources;
  const fingerprints = nodeFingerprints(design);
  for (const node of design.nodes) {
    const now = fingerprints.get(node.id);
    const original = resources[node.id];
    if (original?.fingerprint !== undefined && original.fingerprint === now) pristine.add(node.id);
    const inline = design.source.inline?.[node.id];
    if (inline !== undefined && inline === now) pristine.add(node.id);
  }
  return pristine;
}
