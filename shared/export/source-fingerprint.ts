import { canonicalJson } from '../model/canonical-json';
import type { Design } from '../model/design';

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

/**
 * What a node means for export: kind, config, container and every connection it takes part in.
 * Name, position, notes and expected traffic are left out: moving, renaming or sizing the load of a
 * node changes no resource.
 */
export function nodeFingerprint(design: Design, nodeId: string): string | undefined {
  const node = design.nodes.find((n) => n.id === nodeId);
  if (!node) return undefined;
  const edges = design.edges
    .filter((e) => e.source === nodeId || e.target === nodeId)
    .map((e) => [e.source, e.target, e.meaning, e.config])
    .sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return hash(canonicalJson({ kind: node.kind, config: deployedConfig(node.config), parentId: node.parentId ?? null, edges }));
}

/** Nodes imported from a template and not changed since: export writes their resources back as they were. */
export function pristineNodes(design: Design): Set<string> {
  const pristine = new Set<string>();
  const resources = design.source?.resources ?? {};
  for (const node of design.nodes) {
    const original = resources[node.id];
    if (original?.fingerprint !== undefined && original.fingerprint === nodeFingerprint(design, node.id)) pristine.add(node.id);
    const inline = design.source?.inline?.[node.id];
    if (inline !== undefined && inline === nodeFingerprint(design, node.id)) pristine.add(node.id);
  }
  return pristine;
}
