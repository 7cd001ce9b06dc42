import { useDeferredValue } from 'react';
import type { Design } from '../../shared/model/design';
import type { Finding, Severity } from '../../shared/rules/define-rule';
import { type ValidationResult, validateDesign } from '../../shared/rules/engine';
import { useDesigner } from './store';

export type { Finding, Severity, ValidationResult };

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export interface Badge {
  severity: Severity;
  count: number;
}

interface Validated {
  result: ValidationResult;
  badges: Map<string, Badge>;
}

let last: { design: Design; validated: Validated } | null = null;

/** The worst severity and the number of findings per node and edge id. */
export function badgesOf(findings: readonly Finding[]): Map<string, Badge> {
  const badges = new Map<string, Badge>();
  for (const finding of findings) {
    for (const id of [...finding.nodeIds, ...finding.edgeIds]) {
      const badge = badges.get(id);
      if (!badge) badges.set(id, { severity: finding.severity, count: 1 });
      else {
        badge.count++;
        if (SEVERITY_ORDER[finding.severity] < SEVERITY_ORDER[badge.severity]) badge.severity = finding.severity;
      }
    }
  }
  return badges;
}

/** Validates each design object once, however many components ask (every edit makes a new object). */
function validated(design: Design): Validated {
  if (last?.design !== design) {
    const result = validateDesign(design);
    last = { design, validated: { result, badges: badgesOf(result.findings) } };
  }
  return last.validated;
}

/** Deferred, so typing and dragging never wait for the rules on a large design. */
function useValidated(): Validated {
  const design = useDeferredValue(useDesigner((s) => s.design));
  return validated(design);
}

export function useFindings(): ValidationResult {
  return useValidated().result;
}

export function useBadge(id: string): Badge | undefined {
  return useValidated().badges.get(id);
}

export function bySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}
