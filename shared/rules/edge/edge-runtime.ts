import { defineRule } from '../define-rule';
import { edgeFunctions, edgeTriggersOf, triggerIds } from '../lib/edge-functions';
import { runtimeFamily } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

const EDGE_FAMILIES = new Set(['nodejs', 'python']);

export const edgeRuntime = defineRule({
  id: 'EDG001',
  severity: 'error',
  title: 'Lambda@Edge functions are zip packages on Node.js or Python',
  why: 'Lambda@Edge runs only Node.js and Python managed runtimes from a .zip package; CloudFront refuses to associate a function on another runtime, an OS-only runtime or a container image.',
  limit: 'Lambda@Edge: Node.js or Python runtimes, .zip packages (no container images).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const image = fn.config.packageType === 'Image';
      if (!image && EDGE_FAMILIES.has(runtimeFamily(fn.config.runtime))) continue;
      const { nodeIds, edgeIds } = triggerIds(edgeTriggersOf(index, fn));
      report({
        message: image
          ? `Lambda@Edge function ${index.name(fn.id)} is a container image; Lambda@Edge runs only .zip packages on Node.js or Python.`
          : `Lambda@Edge function ${index.name(fn.id)} runs ${fn.config.runtime || 'no runtime'}; Lambda@Edge supports only Node.js and Python.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
      });
    }
  },
});
