import { defineRule } from '../define-rule';
import { associationsOf, type EdgeAssociation, isViewerEvent } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const oneFunctionPerEvent = defineRule({
  id: 'EDG012',
  severity: 'error',
  title: 'One edge function per CloudFront event',
  why: 'A cache behavior runs at most one edge function (Lambda@Edge or CloudFront Function) on each of its four events. Export writes the distribution’s single cache behavior with the first connection for each event and leaves the others out.',
  limit: 'Per cache behavior: one function association per event type (viewer request, origin request, origin response, viewer response).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/edge-function-restrictions-all.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const distribution of index.ofKind('cloudfront')) {
      const byEvent = new Map<string, EdgeAssociation[]>();
      for (const association of associationsOf(index, distribution)) {
        // A CloudFront Function on an origin event is never written (EDG014), so it takes no event.
        if (association.target.kind === 'cloudfront-function' && !isViewerEvent(association.eventType)) continue;
        const list = byEvent.get(association.eventType) ?? [];
        list.push(association);
        byEvent.set(association.eventType, list);
      }
      for (const [eventType, list] of byEvent) {
        const [first, ...others] = list;
        if (!first || others.length === 0) continue;
        report({
          message: `Distribution ${index.name(distribution.id)} runs ${list.map((a) => index.name(a.target.id)).join(', ')} on ${eventType}; CloudFront takes one function per event, so export keeps only ${index.name(first.target.id)}.`,
          nodeIds: [distribution.id, ...list.map((a) => a.target.id)],
          edgeIds: list.map((a) => a.edge.id),
        });
      }
    }
  },
});
