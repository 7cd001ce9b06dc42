import { defineRule } from '../define-rule';
import { EDGE_LIMITS, edgeFunctions, edgeTriggersOf, isViewerEvent, triggerIds } from '../lib/edge-functions';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const edgePackageSize = defineRule({
  id: 'EDG011',
  severity: 'error',
  title: 'Lambda@Edge packages of 1 MB (viewer) and 50 MB (origin)',
  why: 'CloudFront limits the compressed size of a Lambda@Edge function with its libraries: 1 MB on viewer events, 50 MB on origin events. Unlike regional functions, uploading through S3 does not lift it.',
  limit: 'Lambda@Edge compressed package: 1 MB for viewer events, 50 MB for origin events.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const zipped = fn.config.packageSize.zippedMB;
      if (fn.config.packageType !== 'Zip' || zipped === undefined) continue;
      const triggers = edgeTriggersOf(index, fn);
      const viewer = triggers.filter((t) => isViewerEvent(t.eventType));
      const max = viewer.length > 0 ? EDGE_LIMITS.viewer.zippedMB : EDGE_LIMITS.origin.zippedMB;
      if (zipped <= max) continue;
      const { nodeIds, edgeIds } = triggerIds(viewer.length > 0 ? viewer : triggers);
      report({
        message: viewer.length > 0
          ? `Lambda@Edge function ${index.name(fn.id)} has a ${formatNumber(zipped)} MB zipped package but runs on viewer events of ${viewer.map((t) => index.name(t.distribution.id)).join(', ')}, which allow 1 MB.`
          : `Lambda@Edge function ${index.name(fn.id)} has a ${formatNumber(zipped)} MB zipped package; Lambda@Edge allows 50 MB.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
      });
    }
  },
});
