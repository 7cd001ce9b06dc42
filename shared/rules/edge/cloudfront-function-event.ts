import { defineRule } from '../define-rule';
import { associationsOf, isViewerEvent } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const cloudfrontFunctionEvent = defineRule({
  id: 'EDG014',
  severity: 'error',
  title: 'CloudFront Functions run on viewer events',
  why: 'CloudFront Functions run only on viewer request and viewer response; origin request and origin response need Lambda@Edge. Export leaves an association on an origin event out.',
  limit: 'CloudFront Function EventType: viewer-request or viewer-response.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-cloudfront-distribution-functionassociation.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const distribution of index.ofKind('cloudfront')) {
      for (const association of associationsOf(index, distribution)) {
        if (association.target.kind !== 'cloudfront-function' || isViewerEvent(association.eventType)) continue;
        report({
          message: `Distribution ${index.name(distribution.id)} runs CloudFront Function ${index.name(association.target.id)} on ${association.eventType}; CloudFront Functions run on viewer events only.`,
          nodeIds: [distribution.id, association.target.id],
          edgeIds: [association.edge.id],
        });
      }
    }
  },
});
