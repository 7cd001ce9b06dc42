import type { DesignEdge } from '../../model/design';
import { defineRule } from '../define-rule';
import type { DesignIndex } from '../design-index';
import { SEEDS } from '../lib/seeds';

const CALLS = ['invoke-sync', 'invoke-async', 'on-success', 'on-failure'] as const;

function callsOf(index: DesignIndex, fnId: string): DesignEdge[] {
  return CALLS.flatMap((meaning) => index.out(fnId, meaning).filter((e) => e.target !== fnId && index.node(e.target)?.kind === 'lambda-function'));
}

/** Strongly connected groups of two or more functions calling each other (Tarjan, iterative, linear). */
function cycles(index: DesignIndex): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of index.functions) {
    if (order.has(root.id)) continue;
    const work: { id: string; calls: DesignEdge[]; next: number }[] = [];
    const enter = (id: string) => {
      order.set(id, counter);
      low.set(id, counter++);
      stack.push(id);
      onStack.add(id);
      work.push({ id, calls: callsOf(index, id), next: 0 });
    };
    enter(root.id);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.next < frame.calls.length) {
        const target = frame.calls[frame.next++]!.target;
        if (!order.has(target)) enter(target);
        else if (onStack.has(target)) low.set(frame.id, Math.min(low.get(frame.id)!, order.get(target)!));
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== frame.id);
      if (group.length > 1) groups.push(group.reverse());
    }
  }
  return groups;
}

export const invocationCycle = defineRule({
  id: 'LOP003',
  severity: 'warning',
  title: 'Functions do not call each other in a circle',
  why: 'Functions that invoke each other (directly or through destinations) in a cycle can loop without end; each round is billed, and synchronous cycles also hold every caller while they wait.',
  limit: 'No cycles of invoke or destination connections between functions.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const group of cycles(index)) {
      const members = new Set(group);
      const edges = group.flatMap((id) => callsOf(index, id).filter((e) => members.has(e.target)));
      report({ message: `Functions ${group.map((id) => index.name(id)).join(', ')} invoke each other in a cycle.`, nodeIds: group, edgeIds: edges.map((e) => e.id) });
    }
  },
});
