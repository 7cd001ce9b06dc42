import type { Design } from '../../model/design';
import type { Finding, RuleDefinition } from '../define-rule';
import { DesignIndex } from '../design-index';
import { runRule, type ValidateOptions, type ValidationResult, withSuppressions } from '../engine';
import { currentIsoDate } from '../lib/dates';
import { RULES } from '../registry';
import { changedReads } from './design-changes';
import { type Read, recordingReads } from './read-tracking';
import { trackedDesign } from './tracked-design';

interface RuleOutcome {
  findings: Finding[];
  reads: Set<Read>;
}

interface Validated {
  design: Design;
  today: string;
  outcomes: RuleOutcome[];
  result: ValidationResult;
}

export interface IncrementalValidator {
  /** The same result as validateDesign, running again only the rules whose reads the edit since the last call changed. */
  validate(design: Design, options?: ValidateOptions): ValidationResult;
  /** How many rules the last call ran (the rest kept their findings). */
  readonly lastRuleRuns: number;
}

/**
 * Validation that follows a design through its edits. Each rule's run records what it read (a
 * setting of some function, a queue's name, the design's region, the list of queues, the
 * connections of a meaning...); after an edit, only the rules that read what changed run again, the
 * others keep their findings.
 */
export function createIncrementalValidator(rules: readonly RuleDefinition[] = RULES): IncrementalValidator {
  let last: Validated | undefined;
  let lastRuleRuns = 0;

  function runAll(design: Design, today: string, only?: (rule: number) => boolean): RuleOutcome[] {
    const index = new DesignIndex(trackedDesign(design), today);
    lastRuleRuns = 0;
    return rules.map((rule, i) => {
      if (only && !only(i)) return (last as Validated).outcomes[i] as RuleOutcome;
      const findings: Finding[] = [];
      const reads = new Set<Read>();
      recordingReads(reads, () => runRule(rule, index, findings));
      lastRuleRuns++;
      return { findings, reads };
    });
  }

  function validate(design: Design, options: ValidateOptions = {}): ValidationResult {
    const today = options.today ?? currentIsoDate();
    if (last && last.design === design && last.today === today) {
      lastRuleRuns = 0;
      return last.result;
    }
    const changed = last && last.today === today ? changedReads(last.design, design) : undefined;
    let outcomes: RuleOutcome[];
    if (!changed) outcomes = runAll(design, today);
    else {
      const stale = last!.outcomes.map((outcome) => [...changed].some((read) => outcome.reads.has(read)));
      outcomes = stale.some(Boolean) ? runAll(design, today, (i) => stale[i] as boolean) : last!.outcomes;
      if (!stale.some(Boolean)) lastRuleRuns = 0;
    }
    const result = withSuppressions(design, outcomes.flatMap((outcome) => outcome.findings));
    last = { design, today, outcomes, result };
    return result;
  }

  return {
    validate,
    get lastRuleRuns() {
      return lastRuleRuns;
    },
  };
}
