import { defineRule } from '../define-rule';
import { edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const gradualDeploymentEdge = defineRule({
  id: 'DEP002',
  severity: 'warning',
  title: 'No canary or linear deployments for Lambda@Edge',
  why: 'CodeDeploy shifts traffic by weighting an alias, but CloudFront runs a numbered version of a Lambda@Edge function, never an alias. Each deploy points the distribution at the new version at once, so canary and linear shifting (and their rollback) never reach CloudFront traffic.',
  limit: 'Lambda@Edge associations name a numbered version, not $LATEST or an alias.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const type = fn.config.deploymentPreference.type;
      if (!/^(Canary|Linear)/.test(type) || !index.isEdgeFunction(fn)) continue;
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} deploys ${type}, but CloudFront runs its published version, not the alias: edge traffic moves to each new version at once.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
      });
    }
  },
});
