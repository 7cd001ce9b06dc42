import type { Design } from '../design';

/** Suppresses one rule on one node, with the reason reviewers will read; replaces an earlier reason. */
export function addSuppression(design: Design, ruleId: string, nodeId: string, reason: string): Design {
  const text = reason.trim();
  if (!text) throw new Error('A suppression needs a reason.');
  if (!design.nodes.some((n) => n.id === nodeId)) return design;
  const others = design.suppressions.filter((s) => s.ruleId !== ruleId || s.nodeId !== nodeId);
  return { ...design, suppressions: [...others, { ruleId, nodeId, reason: text }] };
}

/** Lets the rule report on the node again. */
export function removeSuppression(design: Design, ruleId: string, nodeId: string): Design {
  const kept = design.suppressions.filter((s) => s.ruleId !== ruleId || s.nodeId !== nodeId);
  return kept.length === design.suppressions.length ? design : { ...design, suppressions: kept };
}
