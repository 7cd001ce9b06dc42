import { defineRule } from '../define-rule';
import { edgeFunctions, edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const edgeProvisionedConcurrency = defineRule({
  id: 'EDG008',
  severity: 'warning',
  title: 'No provisioned concurrency on Lambda@Edge functions',
  why: 'Lambda@Edge does not support provisioned concurrency: the copies CloudFront runs share the Regional concurrency of all functions and never use environments kept warm for the alias, which cost money all the same.',
  limit: 'Lambda@Edge: provisioned concurrency not supported.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const provisioned = fn.config.provisionedConcurrency;
      if (provisioned === undefined) continue;
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} provisions ${formatNumber(provisioned)} environments; Lambda@Edge does not support provisioned concurrency, so CloudFront never uses them.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
        fix: { label: 'Remove provisioned concurrency', changes: [nodeChange(fn.id, ['provisionedConcurrency'], undefined)] },
      });
    }
  },
});
