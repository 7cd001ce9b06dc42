import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';
import { byId } from '../model/compare-text';

/** Longest stem taken from a name, leaving room for suffixes of derived resources. */
const MAX_STEM = 80;

function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .split(/[^A-Za-z0-9]+/)
    .filter(Boolean);
}

/** "Thumbnail function" → "ThumbnailFunction"; letters after the first keep their case ("Orders API" → "OrdersAPI"). */
export function pascalCase(text: string): string {
  return words(text).map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join('');
}

/** "Orders table" → "ORDERS_TABLE"; camel case splits too ("ordersTable" → "ORDERS_TABLE"). */
export function upperSnakeCase(text: string): string {
  return words(text.replace(/([a-z0-9])([A-Z])/g, '$1 $2')).map((w) => w.toUpperCase()).join('_');
}

/** Names that SAM itself gives to resources it generates for a template. */
const SAM_GLOBAL_IDS = new Set(['ServerlessRestApi', 'ServerlessHttpApi', 'ServerlessDeploymentApplication', 'CodeDeployServiceRole', 'CodeDeployApplication']);
/** Suffixes SAM and this exporter append to a function's id for the resources it owns. */
const FUNCTION_SUFFIXES = /^(Role|Alias|Version|Url|URL|EventInvokeConfig|DeploymentGroup|LogGroup|SecurityGroup|Policy)/;
const SUFFIX_INITIALS = new Set(['R', 'A', 'V', 'U', 'E', 'D', 'L', 'S', 'P']);

/** Whether a stem reads as an id SAM gives to a resource of its own, or to a resource of a function with one of `functionStems`. */
export function clashesWithGenerated(stem: string, functionStems: { has(stem: string): boolean }): boolean {
  if (SAM_GLOBAL_IDS.has(stem)) return true;
  // A function's stem followed by one of its suffixes: tried at each capital, not against every function.
  for (let i = 1; i < stem.length; i++) if (functionSuffixAt(stem, i) && functionStems.has(stem.slice(0, i))) return true;
  return false;
}

/** Whether a stem that starts with a function's stem reads as one of that function's resources. */
export function generatedFrom(functionStem: string, stem: string): boolean {
  return stem.length > functionStem.length && stem.startsWith(functionStem) && functionSuffixAt(stem, functionStem.length);
}

function functionSuffixAt(stem: string, at: number): boolean {
  return SUFFIX_INITIALS.has(stem[at] as string) && FUNCTION_SUFFIXES.test(stem.slice(at));
}

/** The id a node takes when no other node took it first: its stem, followed by its node id when the stem collides. */
export function baseId(stem: string, nodeId: string, collides: boolean): string {
  return collides ? `${stem}${pascalCase(nodeId)}` : stem;
}

/** The readable part of a node's logical id, from its name (its kind's name and its node id when the name gives none). */
export function stemOf(node: Pick<Design['nodes'][number], 'id' | 'kind' | 'name'>): string {
  const kind = getKind(node.kind);
  const fallback = pascalCase(kind?.defaultName ?? node.kind);
  const fromName = pascalCase(node.name).slice(0, MAX_STEM);
  if (fromName === '') return fallback + pascalCase(node.id);
  return /^[0-9]/.test(fromName) ? fallback + fromName : fromName;
}

/** What logical ids are made of: each node's id, kind and name, and the imported template's logical ids. */
interface IdInputs {
  nodes: Design['nodes'];
  imported: object | null;
}

function inputsOf(design: Design): IdInputs {
  return { nodes: design.nodes, imported: design.source?.resources ?? null };
}

function sameIdInputs(a: IdInputs, b: IdInputs): boolean {
  if (a.imported !== b.imported || a.nodes.length !== b.nodes.length) return false;
  for (let i = 0; i < a.nodes.length; i++) {
    const x = a.nodes[i] as Design['nodes'][number];
    const y = b.nodes[i] as Design['nodes'][number];
    if (x !== y && (x.id !== y.id || x.kind !== y.kind || x.name !== y.name)) return false;
  }
  return true;
}

// An edit that renames or adds nothing keeps every logical id: the last answer is reused.
let last: { inputs: IdInputs; ids: ReadonlyMap<string, string> } | undefined;

/**
 * Logical id of every node, from its name. Names that collide all take their node id as a suffix,
 * so that which of them came first does not matter and other nodes keep their ids.
 */
export function assignNodeIds(design: Design): ReadonlyMap<string, string> {
  const inputs = inputsOf(design);
  if (last && sameIdInputs(last.inputs, inputs)) return last.ids;
  const ids = computeNodeIds(design);
  last = { inputs, ids };
  return ids;
}

function computeNodeIds(design: Design): Map<string, string> {
  const stems = new Map<string, string>();
  const byStem = new Map<string, string[]>();
  for (const node of design.nodes) {
    const stem = stemOf(node);
    stems.set(node.id, stem);
    byStem.set(stem, [...(byStem.get(stem) ?? []), node.id]);
  }
  const functionStems = new Set(design.nodes.filter((n) => n.kind === 'lambda-function').map((n) => stems.get(n.id) as string));

  const ids = new Map<string, string>();
  const taken = new Set<string>();
  // Nodes imported from a template keep their logical id (the node id), so references to them still hold.
  const imported = design.source?.resources ?? {};
  const pinned = design.nodes.filter((n) => Object.hasOwn(imported, n.id));
  for (const node of pinned) {
    ids.set(node.id, node.id);
    taken.add(node.id);
  }
  const sorted = [...design.nodes].filter((n) => !ids.has(n.id)).sort(byId);
  for (const node of sorted) {
    const stem = stems.get(node.id) as string;
    const collides = (byStem.get(stem)?.length ?? 0) > 1 || clashesWithGenerated(stem, functionStems);
    let id = baseId(stem, node.id, collides);
    for (let n = 2; taken.has(id) || (collides && byStem.has(id)); n++) id = `${stem}${pascalCase(node.id)}${n}`;
    ids.set(node.id, id);
    taken.add(id);
  }
  return ids;
}

/** Ids taken before any is derived: the nodes' own. */
export interface ReservedIds {
  has(id: string): boolean;
}

/** Registry of every logical id in one template, so derived resources never collide. */
export class LogicalIds {
  private readonly taken = new Set<string>();
  /** Every id derive looked at, when asked for (a part of a design exported: see derived-ids-check). */
  readonly probed: string[] | undefined;

  constructor(private readonly reserved: ReservedIds, recordProbes = false) {
    this.probed = recordProbes ? [] : undefined;
  }

  /** `base + suffix`, or with a number when that is already used. */
  derive(base: string, suffix: string): string {
    let id = `${base}${suffix}`;
    for (let n = 2; this.has(id); n++) {
      this.probed?.push(id);
      id = `${base}${suffix}${n}`;
    }
    this.probed?.push(id);
    this.taken.add(id);
    return id;
  }

  /** A fixed id (such as a node's own) that must stay as it is. */
  claim(id: string): string {
    this.taken.add(id);
    return id;
  }

  has(id: string): boolean {
    return this.taken.has(id) || this.reserved.has(id);
  }
}
