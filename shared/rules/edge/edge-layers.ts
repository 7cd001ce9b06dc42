import { defineRule } from '../define-rule';
import { edgeFunctions } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const edgeLayers = defineRule({
  id: 'EDG006',
  severity: 'error',
  title: 'Lambda@Edge functions use no layers',
  why: 'Lambda@Edge does not support functions with layers: CloudFront refuses to associate them. Bundle the libraries into the function’s own package.',
  limit: 'Lambda@Edge: no Lambda layers.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const layers = index.layersOf(fn.id);
      if (layers.length === 0) continue;
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} uses ${layers.map((l) => index.name(l.layer.id)).join(', ')}; Lambda@Edge does not support layers, so bundle them into the function.`,
        nodeIds: [fn.id, ...layers.map((l) => l.layer.id)],
        edgeIds: layers.map((l) => l.edge.id),
      });
    }
  },
});
