import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MIN = 1;
const MAX = 900;

export const timeoutRange = defineRule({
  id: 'LMB002',
  severity: 'error',
  title: 'Timeout between 1 and 900 seconds',
  why: 'Lambda stops every invocation at the timeout and refuses values outside the range; work longer than 15 minutes belongs in Step Functions, ECS or Fargate.',
  limit: 'Timeout: 1 s to 900 s (15 minutes); the default is 3 s.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-timeout.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const timeout = fn.config.timeout;
      if (timeout >= MIN && timeout <= MAX) continue;
      const value = clamp(timeout, MIN, MAX);
      report({
        message: `Function ${index.name(fn.id)} has a timeout of ${formatNumber(timeout)} s; Lambda allows 1 to 900 s.`,
        nodeIds: [fn.id],
        fix: { label: `Set the timeout to ${formatNumber(value)} s`, changes: [nodeChange(fn.id, ['timeout'], value)] },
      });
    }
  },
});
