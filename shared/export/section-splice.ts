import type { ExportContext } from './context';
import { type ExportedDesign, type MadeOutput, madeOutputs } from './exported-design';
import { recordOf } from './record-of';
import { MAX_OUTPUTS, parametersSection } from './render-design';
import type { CfnOutput, CfnParameter } from './template-types';
import { sameTemplateValue } from './template-values';

function sameOutputs(a: readonly MadeOutput[], b: readonly MadeOutput[]): boolean {
  return a.length === b.length && a.every((o, i) => o.id === b[i]?.id && o.nodeId === b[i]?.nodeId && sameTemplateValue(o.output, b[i]?.output));
}

/**
 * Every output after the edit: the previous ones, those of the part's nodes as the part makes them
 * after the edit. An output is its node's alone (before the edit the part made them as the full
 * export did), and outputs come kind by kind and node by node (outputKinds): the part's go where
 * their kind and node put them. Undefined when that order is not known, or names no place.
 */
export function outputsAfter(previous: ExportedDesign, before: ExportContext, after: ExportContext, kindOf: (nodeId: string) => string | undefined): readonly MadeOutput[] | undefined {
  const old = madeOutputs(before);
  const now = madeOutputs(after);
  if (sameOutputs(old, now)) return previous.outputs;
  const ranks = previous.outputKinds;
  if (!ranks) return undefined;
  const dropped = new Map(old.map((o) => [o.id, o]));
  const kept: MadeOutput[] = [];
  for (const output of previous.outputs) {
    const mine = dropped.get(output.id);
    if (!mine) kept.push(output);
    else if (mine.nodeId !== output.nodeId || !sameTemplateValue(mine.output, output.output)) return undefined;
  }
  if (kept.length !== previous.outputs.length - old.length) return undefined;
  const rank = (o: MadeOutput) => ranks.get(kindOf(o.nodeId) ?? '');
  const merged: MadeOutput[] = [];
  let k = 0;
  for (const output of now) {
    const at = rank(output);
    if (at === undefined) return undefined;
    for (; k < kept.length; k++) {
      const other = kept[k] as MadeOutput;
      const otherAt = rank(other);
      if (otherAt === undefined) return undefined;
      if (otherAt > at || (otherAt === at && other.nodeId > output.nodeId)) break;
      if (otherAt === at && other.nodeId === output.nodeId) return undefined;
      merged.push(other);
    }
    merged.push(output);
  }
  merged.push(...kept.slice(k));
  return new Set(merged.map((o) => o.id)).size === merged.length ? merged : undefined;
}

/** The template's Outputs section for these outputs: the previous object when it holds the same. */
export function outputsSection(outputs: readonly MadeOutput[], previous: Record<string, CfnOutput> | undefined): Record<string, CfnOutput> | undefined {
  const shown = outputs.slice(0, MAX_OUTPUTS);
  if (shown.length === 0) return undefined;
  if (previous) {
    const keys = Object.keys(previous);
    if (keys.length === shown.length && shown.every((o, i) => keys[i] === o.id && previous[o.id] === o.output)) return previous;
  }
  const byId = new Map(shown.map((o) => [o.id, o.output]));
  return recordOf(shown.map((o) => o.id), (id) => byId.get(id) as CfnOutput);
}

/**
 * The template's parameters after the edit, and how many times the export asks for each: the
 * previous counts, less the part's before the edit, plus the part's after it. A parameter no longer
 * asked for goes; one asked for anew comes, in key order. Undefined when the part asks for a
 * parameter with another description than the template's, or more times than the whole design did.
 */
export function parametersAfter(previous: ExportedDesign, before: ExportContext, after: ExportContext): Pick<ExportedDesign, 'parameterUses'> & { parameters: Record<string, CfnParameter> | undefined } | undefined {
  const known = previous.analysis.template.Parameters ?? {};
  const uses = new Map(previous.parameterUses);
  const parameters = new Map(Object.entries(known));
  let changed = false;
  for (const key of new Set([...before.parameterUses.keys(), ...after.parameterUses.keys()])) {
    const was = uses.get(key) ?? 0;
    const [asked, asks] = [before.parameterUses.get(key) ?? 0, after.parameterUses.get(key) ?? 0];
    const count = was - asked + asks;
    if (asked > was) return undefined;
    if (was > 0 && [before, after].some((ctx) => ctx.parameters.has(key) && !sameTemplateValue(ctx.parameters.get(key), known[key]))) return undefined;
    if (count === 0) uses.delete(key);
    else uses.set(key, count);
    if ((count === 0) === (was === 0)) continue;
    changed = true;
    if (count === 0) parameters.delete(key);
    else parameters.set(key, after.parameters.get(key) as CfnParameter);
  }
  if (!changed) return { parameters: previous.analysis.template.Parameters, parameterUses: uses };
  return { parameters: parametersSection(parameters), parameterUses: uses };
}
