import type { ConfigChange } from '../model/edits/apply-changes';
import type { DesignIndex } from './design-index';

export type Severity = 'error' | 'warning' | 'info';

/** A change the UI can apply in one step: settings of nodes or edges, by path into their config. */
export interface Fix {
  label: string;
  changes: ConfigChange[];
}

/** One problem a rule found, in the user's terms, with every component it concerns. */
export interface Finding {
  ruleId: string;
  severity: Severity;
  message: string;
  nodeIds: string[];
  edgeIds: string[];
  fix?: Fix;
}

/** What a rule hands to `report`: the engine adds its id and severity. */
export interface Report {
  message: string;
  nodeIds: readonly string[];
  edgeIds?: readonly string[];
  fix?: Fix;
}

export type Reporter = (report: Report) => void;

export interface RuleDefinition {
  /** Area prefix and three digits, e.g. LMB001. */
  id: string;
  severity: Severity;
  title: string;
  /** Why the limit or practice matters. */
  why: string;
  /** The limit or practice, with its number. */
  limit: string;
  /** AWS documentation that states it. */
  docsUrl: string;
  /** Seed note (in shared/seeds) the rule comes from. */
  seed: string;
  /** Runs once per validation; must stay linear in the size of the design. */
  check: (index: DesignIndex, report: Reporter) => void;
}

export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}
