import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const provisionedNeedsAlias = defineRule({
  id: 'CON003',
  severity: 'warning',
  title: 'Provisioned concurrency on an alias',
  why: 'Provisioned concurrency applies to a published version or an alias, never to $LATEST; triggers must invoke that alias to get warm environments. Without an alias named here, export publishes one called “live”.',
  limit: 'ProvisionedConcurrencyConfig needs a version or alias (SAM: AutoPublishAlias).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/provisioned-concurrency.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.provisionedConcurrency === undefined || fn.config.alias?.trim()) continue;
      report({
        message: `Function ${index.name(fn.id)} has provisioned concurrency but no alias: it only applies to a published version or alias, which its triggers must invoke.`,
        nodeIds: [fn.id],
        fix: { label: 'Publish an alias named “live”', changes: [nodeChange(fn.id, ['alias'], 'live')] },
      });
    }
  },
});
