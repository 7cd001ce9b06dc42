import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const EXPRESS_MAX_S = 300;

export const expressWorkflowDuration = defineRule({
  id: 'API006',
  severity: 'warning',
  title: 'Functions in Express workflows finish within 5 minutes',
  why: 'An Express state machine runs for at most five minutes in total; a task function allowed to run longer is cut off with the whole execution. Long tasks belong in Standard workflows.',
  limit: 'Step Functions Express workflows: 5 minutes per execution.',
  docsUrl: 'https://docs.aws.amazon.com/step-functions/latest/dg/choosing-workflow-type.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const machine of index.ofKind('step-functions')) {
      if (machine.config.type !== 'EXPRESS') continue;
      for (const edge of index.out(machine.id, 'invoke-sync')) {
        const fn = index.nodeOf(edge.target, 'lambda-function');
        if (!fn || fn.config.timeout <= EXPRESS_MAX_S) continue;
        report({
          message: `Express state machine ${index.name(machine.id)} runs at most 300 s, but its task ${index.name(fn.id)} may run ${formatNumber(fn.config.timeout)} s.`,
          nodeIds: [machine.id, fn.id],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
