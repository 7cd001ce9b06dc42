import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const gradualDeploymentAlias = defineRule({
  id: 'DEP001',
  severity: 'warning',
  title: 'Gradual deployments shift traffic on a named alias',
  why: 'CodeDeploy shifts traffic between the old and new version by changing the weights of an alias, so SAM refuses a DeploymentPreference without AutoPublishAlias. Without an alias named here, export publishes one called “live”; callers outside the design must invoke that alias, or they keep calling $LATEST and skip the canary.',
  limit: 'DeploymentPreference requires AutoPublishAlias.',
  docsUrl: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/sam-property-function-deploymentpreference.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const type = fn.config.deploymentPreference.type;
      if (type === 'None' || fn.config.alias?.trim()) continue;
      report({
        message: `Function ${index.name(fn.id)} deploys ${type} but names no alias: traffic shifts on an alias, which callers must invoke.`,
        nodeIds: [fn.id],
        fix: { label: 'Publish an alias named “live”', changes: [nodeChange(fn.id, ['alias'], 'live')] },
      });
    }
  },
});
