import { requireKind } from '../catalog/registry';
import type { Design, DesignEdge, DesignNode } from './design';
import { FORMAT_ID, FORMAT_VERSION } from './design';
import { findConnectionSpec } from '../catalog/connection-table';
import type { Meaning } from './meaning';

export function emptyDesign(name = 'Untitled design'): Design {
  return {
    format: FORMAT_ID,
    version: FORMAT_VERSION,
    name,
    description: '',
    settings: { region: 'us-east-1', accountConcurrencyLimit: 1000 },
    nodes: [],
    edges: [],
    suppressions: [],
    viewport: { x: 0, y: 0, zoom: 1 },
  };
}

/** An id not yet used in the design, from a readable stem ("fn" → "fn", "fn-2", ...). */
export function freshId(taken: ReadonlySet<string>, stem: string): string {
  const base = stem.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/^[^A-Za-z]+/, '').replace(/-+$/, '') || 'node';
  if (!taken.has(base)) return base;
  for (let i = 2; ; i++) if (!taken.has(`${base}-${i}`)) return `${base}-${i}`;
}

/** A name not yet used in the design ("Function" → "Function 2"). */
export function freshName(design: Design, stem: string): string {
  const names = new Set(design.nodes.map((n) => n.name));
  if (!names.has(stem)) return stem;
  for (let i = 2; ; i++) if (!names.has(`${stem} ${i}`)) return `${stem} ${i}`;
}

export interface NewNodeOptions {
  id?: string;
  name?: string;
  position?: { x: number; y: number };
  parentId?: string;
  config?: Record<string, unknown>;
}

/** A node of the given kind with AWS's defaults filled in. */
export function createNode(design: Design, kindId: string, options: NewNodeOptions = {}): DesignNode {
  const kind = requireKind(kindId);
  const name = options.name ?? freshName(design, kind.defaultName);
  const id = options.id ?? freshId(new Set(design.nodes.map((n) => n.id)), name.toLowerCase());
  return {
    id,
    kind: kind.id,
    name,
    ...(options.parentId ? { parentId: options.parentId } : {}),
    position: options.position ?? { x: 0, y: 0 },
    ...(kind.container ? { size: { ...kind.container.defaultSize } } : {}),
    config: kind.config.parse(options.config ?? {}),
  } as DesignNode;
}

/** An edge with the connection's default settings; throws when the kinds cannot connect that way. */
export function createEdge(design: Design, source: string, target: string, meaning: Meaning, config: Record<string, unknown> = {}, id?: string): DesignEdge {
  const from = design.nodes.find((n) => n.id === source);
  const to = design.nodes.find((n) => n.id === target);
  if (!from || !to) throw new Error(`createEdge: unknown node ${from ? target : source}`);
  const spec = findConnectionSpec(from.kind, to.kind, meaning);
  if (!spec) throw new Error(`createEdge: ${from.kind} cannot connect to ${to.kind} as ${meaning}`);
  return {
    id: id ?? freshId(new Set(design.edges.map((e) => e.id)), `${source}-${target}`),
    source,
    target,
    meaning,
    config: (spec.config ? spec.config.parse(config) : {}) as Record<string, unknown>,
  };
}
