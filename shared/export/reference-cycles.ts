import type { DesignIndex } from './design-index';

const CALLS = new Set(['invoke-sync', 'invoke-async', 'on-success', 'on-failure']);

/** Whether a connection makes its source refer to its target in a way that can close a loop (see functionsOnReferenceLoops). */
export function isReferenceLink(sourceKind: string | undefined, targetKind: string | undefined, meaning: string): boolean {
  if (sourceKind === 'lambda-function') return targetKind === 'lambda-function' ? CALLS.has(meaning) : targetKind === 'step-functions' && meaning === 'access';
  return sourceKind === 'step-functions' && targetKind === 'lambda-function';
}

/**
 * Functions that must carry a name known in advance. A function's role and environment refer to
 * the functions and state machines it calls, and a state machine refers to the functions it runs;
 * when those references loop (A calls B, B calls A), CloudFormation cannot order them. Naming the
 * functions on the loop and referring to them by that name (not by Ref) breaks every such loop.
 */
export function functionsOnReferenceLoops(index: DesignIndex): Set<string> {
  const graph = new Map<string, string[]>();
  const link = (from: string, to: string) => graph.set(from, [...(graph.get(from) ?? []), to]);
  const kindOf = (id: string) => index.node(id)?.kind;
  for (const edge of index.edges) if (isReferenceLink(kindOf(edge.source), kindOf(edge.target), edge.meaning)) link(edge.source, edge.target);

  // Tarjan's strongly connected components, iterative so that long chains do not overflow the stack.
  const indexOf = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const looped = new Set<string>();
  let counter = 0;
  for (const start of [...graph.keys()].sort()) {
    if (indexOf.has(start)) continue;
    const work: { node: string; next: number }[] = [{ node: start, next: 0 }];
    indexOf.set(start, counter);
    low.set(start, counter++);
    stack.push(start);
    onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1] as { node: string; next: number };
      const targets = graph.get(frame.node) ?? [];
      if (frame.next < targets.length) {
        const target = targets[frame.next++] as string;
        if (!indexOf.has(target)) {
          indexOf.set(target, counter);
          low.set(target, counter++);
          stack.push(target);
          onStack.add(target);
          work.push({ node: target, next: 0 });
        } else if (onStack.has(target)) {
          low.set(frame.node, Math.min(low.get(frame.node) as number, indexOf.get(target) as number));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node) as number, low.get(frame.node) as number));
      if (low.get(frame.node) === indexOf.get(frame.node)) {
        const component: string[] = [];
        let member: string | undefined;
        do {
          member = stack.pop() as string;
          onStack.delete(member);
          component.push(member);
        } while (member !== frame.node);
        const selfLoop = component.length === 1 && (graph.get(frame.node) ?? []).includes(frame.node);
        if (component.length > 1 || selfLoop) for (const id of component) if (kindOf(id) === 'lambda-function') looped.add(id);
      }
    }
  }
  return looped;
}
