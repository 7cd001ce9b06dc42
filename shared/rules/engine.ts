import type { Design } from '../model/design';
import type { Finding, RuleDefinition } from './define-rule';
import { DesignIndex } from './design-index';
import { currentIsoDate } from './lib/dates';
import { RULES } from './registry';

export interface ValidateOptions {
  /** The day dates are judged against (yyyy-mm-dd); the real date when absent. Tests pass a fixed one. */
  today?: string;
}

export interface ValidationResult {
  findings: Finding[];
  /** Findings the design suppresses (same rule, and a suppressed node among the finding’s nodes). */
  suppressed: Finding[];
}

/** One rule over the index, its findings added to `findings` as it reports them. */
export function runRule(rule: RuleDefinition, index: DesignIndex, findings: Finding[]): void {
  rule.check(index, (report) => {
    findings.push({
      ruleId: rule.id,
      severity: rule.severity,
      message: report.message,
      nodeIds: [...new Set(report.nodeIds)],
      edgeIds: [...new Set(report.edgeIds ?? [])],
      ...(report.fix ? { fix: report.fix } : {}),
    });
  });
}

/** Runs the given rules over one index of the design; findings in rule order, then as each rule reported them. */
export function runRules(design: Design, rules: readonly RuleDefinition[], today: string): Finding[] {
  const index = new DesignIndex(design, today);
  const findings: Finding[] = [];
  for (const rule of rules) runRule(rule, index, findings);
  return findings;
}

/** Every rule over the design, with the design’s suppressions set apart. */
export function validateDesign(design: Design, options: ValidateOptions = {}): ValidationResult {
  return withSuppressions(design, runRules(design, RULES, options.today ?? currentIsoDate()));
}

/** The findings with those the design suppresses (same rule, and a suppressed node among the finding’s nodes) set apart. */
export function withSuppressions(design: Design, all: readonly Finding[]): ValidationResult {
  const suppressedNodes = new Map<string, Set<string>>();
  for (const s of design.suppressions) {
    const nodes = suppressedNodes.get(s.ruleId) ?? new Set<string>();
    nodes.add(s.nodeId);
    suppressedNodes.set(s.ruleId, nodes);
  }
  const findings: Finding[] = [];
  const suppressed: Finding[] = [];
  for (const finding of all) {
    const nodes = suppressedNodes.get(finding.ruleId);
    if (nodes && finding.nodeIds.some((id) => nodes.has(id))) suppressed.push(finding);
    else findings.push(finding);
  }
  return { findings, suppressed };
}
