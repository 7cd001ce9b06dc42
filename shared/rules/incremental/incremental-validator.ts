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

  /** Every rule's outcome for the design: kept from `kept` where `stale` says so, else from a run of the rule. */
  function outcomesOf(design: Design, today: string, kept?: readonly RuleOutcome[], stale?: readonly boolean[]): RuleOutcome[] {
    let index: DesignIndex | undefined;
    lastRuleRuns = 0;
    return rules.map((rule, i) => {
      const previous = kept?.[i];
      if (previous && stale && !stale[i]) return previous;
      index ??= new DesignIndex(trackedDesign(design), today);
      const findings: Finding[] = [];
      const reads = new Set<Read>();
      recordingReads(reads, () => runRule(rule, index as DesignIndex, findings));
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
    // On another day every rule runs: some judge dates.
    const previous = last?.today === today ? last : undefined;
    const changed = previous ? [...changedReads(previous.design, design)] : undefined;
    const stale = previous && changed ? previous.outcomes.map((outcome) => changed.some((read) => outcome.reads.has(read))) : undefined;
    const outcomes = outcomesOf(design, today, previous?.outcomes, stale);
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
