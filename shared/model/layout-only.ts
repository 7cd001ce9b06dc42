import type { Design, DesignNode } from './design';
import { sameExcept } from './same-except';

/** What a design says about where things are drawn (its nodes are compared one by one). */
const DESIGN_LAYOUT_AND_NODES = new Set(['viewport', 'nodes']);
const NODE_LAYOUT = new Set(['position', 'size']);

/** True when two versions of a node differ at most in where it is drawn (position, size). */
export function nodeDiffersOnlyInLayout(before: DesignNode, after: DesignNode): boolean {
  return before === after || sameExcept(before, after, NODE_LAYOUT);
}

/**
 * True when `after` is `before` with only positions, container sizes or the viewport changed, as after
 * a move, a resize or an auto layout. Edits share every part they leave alone, so parts are compared
 * by identity: a false "changed" only costs a recomputation, a false "same" cannot happen.
 */
export function differsOnlyInLayout(before: Design, after: Design): boolean {
  if (before === after) return true;
  if (!sameExcept(before, after, DESIGN_LAYOUT_AND_NODES)) return false;
  if (before.nodes === after.nodes) return true;
  if (before.nodes.length !== after.nodes.length) return false;
  for (let i = 0; i < before.nodes.length; i++) {
    const a = before.nodes[i];
    const b = after.nodes[i];
    if (!a || !b || !nodeDiffersOnlyInLayout(a, b)) return false;
  }
  return true;
}

/**
 * `derive` of a design, computed again only when the design changed in more than its layout: what
 * the rules, the export and the cost estimate make of a design never depends on where it is drawn,
 * so a drag, a resize or an auto layout costs them nothing.
 */
export function ignoringLayout<Args extends unknown[], Result>(derive: (design: Design, ...args: Args) => Result): (design: Design, ...args: Args) => Result {
  let last: { design: Design; args: Args; result: Result } | null = null;
  return (design, ...args) => {
    if (last && args.length === last.args.length && args.every((a, i) => a === last!.args[i]) && differsOnlyInLayout(last.design, design)) {
      last = { ...last, design };
      return last.result;
    }
    const result = derive(design, ...args);
    last = { design, args, result };
    return result;
  };
}
