import { useEffect } from 'react';
import { create } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import type { Design } from '../../shared/model/design';
import { ignoringLayout } from '../../shared/model/layout-only';
import type { Finding, Severity } from '../../shared/rules/define-rule';
import type { ValidationResult } from '../../shared/rules/engine';
import { createIncrementalValidator } from '../../shared/rules/incremental/incremental-validator';
import { useCheckedDesign } from './checked-design';

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

const validator = createIncrementalValidator();

/**
 * Validates each design once, however many components ask, and not again after a move or a resize;
 * after an edit, only the rules that read what changed run again.
 */
const validated = ignoringLayout((design: Design): Validated => {
  const result = validator.validate(design);
  return { result, badges: badgesOf(result.findings) };
});

function useValidated(): Validated {
  return validated(useCheckedDesign());
}

export function useFindings(): ValidationResult {
  return useValidated().result;
}

const useBadges = create<{ badges: ReadonlyMap<string, Badge> }>()(() => ({ badges: new Map() }));

/**
 * Publishes the badges of each validated design. Called once (by the canvas), so a change re-renders
 * only the badges whose count or severity differ, not one component per node and edge.
 */
export function usePublishBadges(): void {
  const { badges } = useValidated();
  useEffect(() => {
    useBadges.setState({ badges });
  }, [badges]);
}

export function useBadge(id: string): Badge | undefined {
  return useBadges(useShallow((s) => s.badges.get(id)));
}

export function bySeverity(findings: readonly Finding[]): Record<Severity, Finding[]> {
  const groups: Record<Severity, Finding[]> = { error: [], warning: [], info: [] };
  for (const f of findings) groups[f.severity].push(f);
  return groups;
}
