import { defineRule } from '../define-rule';
import { edgeFunctions, edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

const EDGE_REGION = 'us-east-1';

export const edgeRegion = defineRule({
  id: 'EDG002',
  severity: 'error',
  title: 'Lambda@Edge functions are deployed in us-east-1',
  why: 'CloudFront replicates Lambda@Edge functions from US East (N. Virginia) only; a function created in another Region cannot be associated with a distribution. Deploy the edge part of the design as its own stack in us-east-1.',
  limit: 'Lambda@Edge functions: Region us-east-1 (US East, N. Virginia).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    const region = index.settings.region.trim();
    if (region.toLowerCase() === EDGE_REGION) return;
    for (const fn of edgeFunctions(index)) {
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} would be deployed in ${region || 'no Region'}; CloudFront takes Lambda@Edge functions from us-east-1 only.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
      });
    }
  },
});
