import { z } from 'zod';
import { findConnectionSpec } from '../../catalog/connection-table';
import { getKind } from '../../catalog/registry';
import { type Design, DesignSettings } from '../design';
import { applyConfigChanges, type ConfigChange } from './apply-changes';

/** The schema of the setting at `path` inside a settings schema (through groups and key/value maps), if there is one. */
export function settingSchemaAt(schema: z.ZodType, path: readonly string[]): z.ZodType | undefined {
  let current: z.ZodType | undefined = schema;
  for (const key of path) {
    const inner = unwrapped(current);
    if (inner instanceof z.ZodObject) current = inner.shape[key] as z.ZodType | undefined;
    else if (inner instanceof z.ZodRecord) current = inner.def.valueType as z.ZodType;
    else return undefined;
  }
  return current;
}

type Resolved = { ok: true; value: unknown } | { ok: false };

function unwrapped(schema: z.ZodType | undefined): z.ZodType | undefined {
  let inner = schema;
  while (inner instanceof z.ZodDefault || inner instanceof z.ZodPrefault || inner instanceof z.ZodOptional) inner = inner.def.innerType as z.ZodType;
  return inner;
}

/**
 * What a setting stores for `value`: the value as its schema reads it, or for `undefined` its default
 * (nested defaults filled), nothing for an optional setting, and no entry for a key of a map such as
 * environment variables. Values of the wrong type are refused.
 */
function resolveSetting(schema: z.ZodType, path: readonly string[], value: unknown): Resolved {
  const leaf = settingSchemaAt(schema, path);
  if (!leaf) return { ok: false };
  if (value === undefined && unwrapped(settingSchemaAt(schema, path.slice(0, -1))) instanceof z.ZodRecord) return { ok: true, value: undefined };
  const parsed = leaf.safeParse(value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false };
}

function settingChange(target: 'node' | 'edge', id: string, schema: z.ZodType | undefined, path: readonly string[], value: unknown): ConfigChange | undefined {
  if (!schema || path.length === 0) return undefined;
  const resolved = resolveSetting(schema, path, value);
  return resolved.ok ? { target, id, path, value: resolved.value } : undefined;
}

/**
 * Sets one setting on every listed node, as one new design. `undefined` puts the setting back to its
 * default, or removes it when it has none. Unknown settings and values of the wrong type are ignored;
 * ranges are not checked here (the rules engine explains them). The same design when nothing changes.
 */
export function updateNodeConfig(design: Design, nodeIds: readonly string[], path: readonly string[], value: unknown): Design {
  const changes = nodeIds.flatMap((id) => {
    const node = design.nodes.find((n) => n.id === id);
    return node ? (settingChange('node', id, getKind(node.kind)?.config, path, value) ?? []) : [];
  });
  return applyConfigChanges(design, changes);
}

/** Sets one setting of a connection; its schema comes from the connection spec of its pair of kinds and meaning. */
export function updateEdgeConfig(design: Design, edgeId: string, path: readonly string[], value: unknown): Design {
  const edge = design.edges.find((e) => e.id === edgeId);
  const source = design.nodes.find((n) => n.id === edge?.source);
  const target = design.nodes.find((n) => n.id === edge?.target);
  if (!edge || !source || !target) return design;
  const change = settingChange('edge', edgeId, findConnectionSpec(source.kind, target.kind, edge.meaning)?.config, path, value);
  return change ? applyConfigChanges(design, [change]) : design;
}

export interface DesignSettingsPatch {
  name?: string;
  description?: string;
  /** `undefined` puts the region back to its default. */
  region?: string | undefined;
  /** `undefined` puts the limit back to its default. */
  accountConcurrencyLimit?: number | undefined;
}

const REGION = /^[a-z]{2}(-[a-z]+)+-\d+$/;

/**
 * The design's own settings: name, description, region, account concurrency limit. Values that would
 * not load (an empty name, a region that is not a region code, a limit that is not a whole number above 0)
 * are ignored. The same design when nothing changes.
 */
export function updateDesignSettings(design: Design, patch: DesignSettingsPatch): Design {
  let next = design;
  const name = patch.name?.trim();
  if (name && name !== design.name) next = { ...next, name };
  if (patch.description !== undefined && patch.description !== design.description) next = { ...next, description: patch.description };
  const settings = { ...design.settings };
  if ('region' in patch) {
    const region = DesignSettings.shape.region.safeParse(patch.region?.trim());
    if (region.success && REGION.test(region.data)) settings.region = region.data;
  }
  if ('accountConcurrencyLimit' in patch) {
    const limit = DesignSettings.shape.accountConcurrencyLimit.safeParse(patch.accountConcurrencyLimit);
    if (limit.success) settings.accountConcurrencyLimit = limit.data;
  }
  if (settings.region !== design.settings.region || settings.accountConcurrencyLimit !== design.settings.accountConcurrencyLimit) next = { ...next, settings };
  return next;
}
