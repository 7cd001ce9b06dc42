import type { Meaning } from '../model/meaning';
import { MEANINGS } from '../model/meaning';
import type { ConnectionSpec } from './define-kind';
import { getKind, KINDS } from './registry';

export interface ConnectionOption {
  meaning: Meaning;
  label: string;
  spec: ConnectionSpec;
}

export type ConnectionAnswer =
  | { ok: true; options: ConnectionOption[] }
  | { ok: false; reason: string };

function article(label: string): string {
  return /^[aeiou]/i.test(label) || /^(S3|SNS|SQS|SSM|RDS|EFS|ALB|NAT)\b/.test(label) ? `an ${label}` : `a ${label}`;
}

function describeTargets(sourceKindId: string): string {
  const kind = getKind(sourceKindId);
  if (!kind || kind.connections.length === 0) return 'it starts no connections; connect other components to it instead';
  const labels = [...new Set(kind.connections.flatMap((c) => c.to.map((t) => getKind(t)?.label ?? t)))];
  return `it connects to ${labels.join(', ')}`;
}

/** Every pair of kinds has an answer: the meanings that fit, or why none does. */
export function connectionOptions(sourceKindId: string, targetKindId: string): ConnectionAnswer {
  const source = getKind(sourceKindId);
  const target = getKind(targetKindId);
  if (!source) return { ok: false, reason: `Unknown component kind "${sourceKindId}".` };
  if (!target) return { ok: false, reason: `Unknown component kind "${targetKindId}".` };
  const options = source.connections
    .filter((c) => c.to.includes(targetKindId))
    .map((spec) => ({ meaning: spec.meaning, label: spec.label ?? MEANINGS[spec.meaning].label, spec }));
  if (options.length > 0) return { ok: true, options };
  const reverse = target.connections.some((c) => c.to.includes(sourceKindId));
  const hint = reverse
    ? `Draw it the other way: from the ${target.label} to the ${source.label}.`
    : `${source.label}: ${describeTargets(sourceKindId)}.`;
  const subject = article(source.label);
  return { ok: false, reason: `${subject[0]?.toUpperCase()}${subject.slice(1)} cannot connect to ${article(target.label)}. ${hint}` };
}

export function findConnectionSpec(sourceKindId: string, targetKindId: string, meaning: string): ConnectionSpec | undefined {
  return getKind(sourceKindId)?.connections.find((c) => c.meaning === meaning && c.to.includes(targetKindId));
}

export function canContain(parentKindId: string, childKindId: string): boolean {
  return getKind(childKindId)?.parents?.includes(parentKindId) ?? false;
}

export const ALL_KIND_IDS: readonly string[] = KINDS.map((k) => k.id);
