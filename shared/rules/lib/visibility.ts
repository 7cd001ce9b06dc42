import type { NodeOfKind } from '../../model/design';
import type { DesignIndex, FunctionNode } from '../design-index';

export const MAX_VISIBILITY_TIMEOUT = 43_200;

/** The functions polling a queue, the longest timeout among them, and the visibility timeout AWS recommends (6×, capped at 12 hours). */
export function queueConsumers(index: DesignIndex, queue: NodeOfKind<'sqs-queue'>) {
  const edges = index.out(queue.id, 'event-source-mapping');
  const functions = edges.flatMap((e) => {
    const fn = index.nodeOf(e.target, 'lambda-function');
    return fn ? [fn] : [];
  }) as FunctionNode[];
  const longest = functions.reduce((max, fn) => Math.max(max, fn.config.timeout), 0);
  return { edges, functions, longest, recommended: Math.min(6 * longest, MAX_VISIBILITY_TIMEOUT) };
}
