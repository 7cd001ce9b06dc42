import { z } from 'zod';
import { canContain, findConnectionSpec } from '../../catalog/connection-table';
import { getKind, KINDS } from '../../catalog/registry';
import { RUNTIME_IDS } from '../../catalog/runtimes';
import type { Design } from '../design';
import { addNodeAt, reparentNode } from '../edits/add-node';
import { connectNodes } from '../edits/connect-nodes';
import { moveNodes } from '../edits/move-nodes';
import { removeElements } from '../edits/remove-elements';
import { renameNode } from '../edits/rename-node';
import { updateEdgeConfig, updateNodeConfig } from '../edits/update-config';

/**
 * Random edits of a design, as the app makes them, for the tests that follow a design through its
 * edits: mostly settings (memory, timeout, runtime, environment, reserved concurrency, a queue's
 * visibility timeout, a mapping's batch size, and any plain setting of any kind or connection), and
 * now and then a rename, a new or removed node or edge, or a move; or, for tests of what follows
 * changes of structure, mostly those, a node moved into another container, and edits made two at once.
 */

type Random = () => number;
const pick = <T>(random: Random, items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
const between = (random: Random, low: number, high: number) => low + Math.floor(random() * (high - low + 1));

function unwrapped(schema: z.ZodType): z.ZodType {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) inner = inner.def.innerType as z.ZodType;
  return inner;
}

/** A value for a plain setting (number, yes/no, one of a list, a text with suggestions), or undefined for others. */
function valueFor(random: Random, schema: z.ZodType): { value: unknown } | undefined {
  const meta = (schema.meta() ?? {}) as { range?: [number, number]; options?: readonly string[] };
  const inner = unwrapped(schema);
  if (inner instanceof z.ZodNumber) {
    if (schema instanceof z.ZodOptional && random() < 0.25) return { value: undefined };
    const [low, high] = meta.range ?? [0, 1000];
    return { value: between(random, low, Math.min(high, low + 2000)) };
  }
  if (inner instanceof z.ZodBoolean) return { value: random() < 0.5 };
  if (inner instanceof z.ZodEnum) return { value: pick(random, inner.options as string[]) };
  if (inner instanceof z.ZodString && meta.options) return { value: pick(random, meta.options) };
  return undefined;
}

/** One plain setting of a settings schema, with a new value. */
function plainSetting(random: Random, schema: z.ZodType | undefined): { path: string[]; value: unknown } | undefined {
  const inner = schema && unwrapped(schema);
  if (!(inner instanceof z.ZodObject)) return undefined;
  const keys = Object.keys(inner.shape);
  for (let attempt = 0; attempt < 6; attempt++) {
    const key = pick(random, keys);
    if (key === undefined) return undefined;
    const field = inner.shape[key] as z.ZodType;
    const nested = unwrapped(field);
    if (nested instanceof z.ZodObject) {
      const setting = plainSetting(random, nested);
      if (setting) return { path: [key, ...setting.path], value: setting.value };
      continue;
    }
    const value = valueFor(random, field);
    if (value) return { path: [key], value: value.value };
  }
  return undefined;
}

const FUNCTION_EDITS: ((random: Random) => [string[], unknown])[] = [
  (r) => [['memorySize'], 128 * between(r, 1, 40)],
  (r) => [['timeout'], between(r, 1, 900)],
  (r) => [['runtime'], pick(r, RUNTIME_IDS)],
  (r) => [['environment', pick(r, ['STAGE', 'LOG_LEVEL', 'TABLE_NAME', 'MODE']) as string], r() < 0.3 ? undefined : `v${between(r, 1, 9)}`],
  (r) => [['reservedConcurrency'], r() < 0.3 ? undefined : between(r, 0, 200)],
];

function editSetting(design: Design, random: Random): Design {
  const functions = design.nodes.filter((n) => n.kind === 'lambda-function');
  const queues = design.nodes.filter((n) => n.kind === 'sqs-queue');
  const mappings = design.edges.filter((e) => e.meaning === 'event-source-mapping');
  const roll = random();
  if (roll < 0.35 && functions.length > 0) {
    const [path, value] = (pick(random, FUNCTION_EDITS) as (typeof FUNCTION_EDITS)[number])(random);
    return updateNodeConfig(design, [(pick(random, functions) as Design['nodes'][number]).id], path, value);
  }
  if (roll < 0.45 && queues.length > 0) return updateNodeConfig(design, [(pick(random, queues) as Design['nodes'][number]).id], ['visibilityTimeout'], between(random, 0, 43200));
  if (roll < 0.55 && mappings.length > 0) return updateEdgeConfig(design, (pick(random, mappings) as Design['edges'][number]).id, ['batchSize'], between(random, 1, 10000));
  if (roll < 0.75 || design.edges.length === 0) {
    const node = pick(random, design.nodes);
    const setting = node && plainSetting(random, getKind(node.kind)?.config);
    return node && setting ? updateNodeConfig(design, [node.id], setting.path, setting.value) : design;
  }
  const edge = pick(random, design.edges) as Design['edges'][number];
  const kindOf = (id: string) => design.nodes.find((n) => n.id === id)?.kind ?? '';
  const setting = plainSetting(random, findConnectionSpec(kindOf(edge.source), kindOf(edge.target), edge.meaning)?.config);
  return setting ? updateEdgeConfig(design, edge.id, setting.path, setting.value) : design;
}

function editStructure(design: Design, random: Random): Design {
  const node = pick(random, design.nodes);
  const roll = random();
  if (roll < 0.2 && node) {
    // Now and then a name another node has, so that logical ids collide.
    const other = pick(random, design.nodes);
    return renameNode(design, node.id, random() < 0.5 && other ? other.name : `Renamed ${between(random, 1, 99)}`);
  }
  if (roll < 0.4) {
    const kind = pick(random, KINDS)?.id ?? 'lambda-function';
    const at = node ? { x: node.position.x + 5, y: node.position.y + 5 } : { x: between(random, 0, 800), y: between(random, 0, 800) };
    return addNodeAt(design, kind, at).design;
  }
  if (roll < 0.55 && node) return removeElements(design, [node.id]);
  if (roll < 0.65 && design.edges.length > 0) return removeElements(design, [], [(pick(random, design.edges) as Design['edges'][number]).id]);
  if (roll < 0.85 && node) {
    const spec = pick(random, getKind(node.kind)?.connections ?? []);
    const target = spec && pick(random, design.nodes.filter((n) => spec.to.includes(n.kind) && n.id !== node.id));
    return spec && target ? connectNodes(design, node.id, target.id, spec.meaning).design : design;
  }
  return node ? moveNodes(design, [{ id: node.id, position: { x: node.position.x + between(random, -50, 50), y: node.position.y + 20 } }]) : design;
}

/** The design after one random edit: a setting three times in four, else a change of what the design holds, or a move. */
export function randomEdit(design: Design, random: Random): Design {
  return random() < 0.75 ? editSetting(design, random) : editStructure(design, random);
}

/** A node moved into a container that may hold it, or out of every container. */
function reparent(design: Design, random: Random): Design {
  const node = pick(random, design.nodes);
  if (!node) return design;
  const containers = design.nodes.filter((n) => n.id !== node.id && getKind(n.kind)?.container && canContain(n.kind, node.kind));
  const container = random() < 0.25 ? undefined : pick(random, containers);
  return reparentNode(design, node.id, container?.id);
}

/** The design after one random change of structure (a rename, a node or edge added or removed, a node moved into another container), now and then with a setting edited too. */
export function randomStructuralEdit(design: Design, random: Random): Design {
  const roll = random();
  if (roll < 0.15) return reparent(design, random);
  if (roll < 0.35) return editSetting(editStructure(design, random), random);
  return editStructure(design, random);
}
