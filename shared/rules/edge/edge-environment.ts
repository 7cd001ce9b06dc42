import { defineRule } from '../define-rule';
import { edgeFunctions, edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { joinWords, plural } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const edgeEnvironment = defineRule({
  id: 'EDG004',
  severity: 'error',
  title: 'Lambda@Edge functions have no environment variables',
  why: 'Lambda@Edge does not support environment variables (only the reserved ones Lambda sets itself). Export leaves them out of edge functions, so code that reads them finds nothing; put the values in the code or fetch them at run time.',
  limit: 'Lambda@Edge: no environment variables.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const names = Object.keys(fn.config.environment);
      if (names.length === 0) continue;
      const shown = names.length > 5 ? [...names.slice(0, 5), '…'] : names;
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} sets ${plural(names.length, 'environment variable')} (${joinWords(shown)}); Lambda@Edge has none, so export leaves them out.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
      });
    }
  },
});
