import { defineRule } from '../define-rule';
import { associationsOf, isViewerEvent } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const viewerFunctionsNotMixed = defineRule({
  id: 'EDG013',
  severity: 'error',
  title: 'No CloudFront Functions and Lambda@Edge together on viewer events',
  why: 'In one cache behavior, CloudFront cannot combine CloudFront Functions with Lambda@Edge on viewer events: with a CloudFront Function on viewer request or response, Lambda@Edge may run only on origin events. The distribution fails to deploy otherwise.',
  limit: 'Per cache behavior: CloudFront Functions and Lambda@Edge never both on viewer request/viewer response.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const distribution of index.ofKind('cloudfront')) {
      const viewer = associationsOf(index, distribution).filter((a) => isViewerEvent(a.eventType));
      const functions = viewer.filter((a) => a.target.kind === 'cloudfront-function');
      const lambdas = viewer.filter((a) => a.target.kind === 'lambda-function');
      if (functions.length === 0 || lambdas.length === 0) continue;
      const list = (items: typeof viewer) => items.map((a) => `${index.name(a.target.id)} (${a.eventType})`).join(', ');
      report({
        message: `Distribution ${index.name(distribution.id)} runs CloudFront Function ${list(functions)} and Lambda@Edge ${list(lambdas)} on viewer events; CloudFront does not combine the two there, so move the Lambda@Edge function to an origin event.`,
        nodeIds: [distribution.id, ...viewer.map((a) => a.target.id)],
        edgeIds: viewer.map((a) => a.edge.id),
      });
    }
  },
});
