import type { KindId } from '../../catalog/registry';
import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const COGNITO_WAIT_S = 5;
const USER_POOLS: ReadonlySet<KindId> = new Set(['cognito-user-pool']);

export const cognitoTriggerTimeout = defineRule({
  id: 'API004',
  severity: 'warning',
  title: 'Cognito triggers answer within 5 seconds',
  why: 'Cognito waits 5 seconds for a user pool trigger, then retries up to three times and fails the sign-up or sign-in; a longer function timeout only runs on after the user got an error.',
  limit: 'User pool Lambda triggers: 5 s per attempt.',
  docsUrl: 'https://docs.aws.amazon.com/cognito/latest/developerguide/cognito-user-pools-working-with-lambda-triggers.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const pools = index.syncCallersOf(fn.id, USER_POOLS);
      if (pools.length === 0 || fn.config.timeout <= COGNITO_WAIT_S) continue;
      const invocations = index.invocationsOf(fn.id);
      report({
        message: `Function ${index.name(fn.id)} answers user pool ${pools.map((i) => index.name(i.source.id)).join(', ')} with a ${formatNumber(fn.config.timeout)} s timeout; Cognito gives up after 5 s.`,
        nodeIds: [fn.id, ...pools.map((i) => i.source.id)],
        edgeIds: pools.map((i) => i.edge.id),
        ...(pools.length === invocations.length ? { fix: { label: 'Set the timeout to 5 s', changes: [nodeChange(fn.id, ['timeout'], COGNITO_WAIT_S)] } } : {}),
      });
    }
  },
});
