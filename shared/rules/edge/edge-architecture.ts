import { defineRule } from '../define-rule';
import { edgeFunctions, edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const edgeArchitecture = defineRule({
  id: 'EDG007',
  severity: 'error',
  title: 'Lambda@Edge functions run on x86_64',
  why: 'Lambda@Edge does not support the arm64 architecture: CloudFront refuses to associate an arm64 function. Native dependencies must be built for x86_64.',
  limit: 'Lambda@Edge: Architectures x86_64 only.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      if (fn.config.architecture !== 'arm64') continue;
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} runs on arm64; Lambda@Edge supports x86_64 only.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
        fix: { label: 'Run on x86_64', changes: [nodeChange(fn.id, ['architecture'], 'x86_64')] },
      });
    }
  },
});
