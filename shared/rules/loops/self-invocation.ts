import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

const CALLS = ['invoke-sync', 'invoke-async', 'on-success', 'on-failure'] as const;

export const selfInvocation = defineRule({
  id: 'LOP002',
  severity: 'error',
  title: 'Functions do not invoke themselves',
  why: 'A function that calls itself (or sends its results to itself) recurses until something fails, multiplying invocations and cost; AWS advises never to have a function call itself. Use Step Functions for loops.',
  limit: 'No direct recursion: no invoke or destination connection from a function to itself.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/best-practices.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const loops = CALLS.flatMap((meaning) => index.out(fn.id, meaning).filter((e) => e.target === fn.id));
      if (loops.length === 0) continue;
      report({ message: `Function ${index.name(fn.id)} invokes itself (${loops.map((e) => e.meaning).join(', ')}).`, nodeIds: [fn.id], edgeIds: loops.map((e) => e.id) });
    }
  },
});
