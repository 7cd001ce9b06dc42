import { defineRule } from '../define-rule';
import { EDGE_LIMITS, edgeFunctions, edgeTriggersOf, isViewerEvent, triggerIds } from '../lib/edge-functions';
import { nodeChange } from '../lib/fixes';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const edgeTimeout = defineRule({
  id: 'EDG010',
  severity: 'error',
  title: 'Lambda@Edge timeouts of 5 s (viewer) and 30 s (origin)',
  why: 'CloudFront waits at most 5 seconds for a Lambda@Edge function on a viewer event and 30 seconds on an origin event, and refuses to associate a function with a longer timeout.',
  limit: 'Lambda@Edge timeout: 5 s for viewer request and response events, 30 s for origin request and response events.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const triggers = edgeTriggersOf(index, fn);
      const viewer = triggers.filter((t) => isViewerEvent(t.eventType));
      const max = viewer.length > 0 ? EDGE_LIMITS.viewer.timeoutS : EDGE_LIMITS.origin.timeoutS;
      if (fn.config.timeout <= max) continue;
      const binding = viewer.length > 0 ? viewer : triggers;
      const { nodeIds, edgeIds } = triggerIds(binding);
      const why = viewer.length > 0
        ? `it runs on viewer events of ${viewer.map((t) => index.name(t.distribution.id)).join(', ')}, which allow 5 s`
        : 'Lambda@Edge allows at most 30 s (origin events)';
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} has a ${formatNumber(fn.config.timeout)} s timeout, but ${why}.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
        fix: { label: `Set the timeout to ${max} s`, changes: [nodeChange(fn.id, ['timeout'], max)] },
      });
    }
  },
});
