import { defineRule } from '../define-rule';
import { EDGE_LIMITS, edgeTriggersOf, isViewerEvent, triggerIds } from '../lib/edge-functions';
import { nodeChange } from '../lib/fixes';
import { formatNumber, joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_MB = EDGE_LIMITS.viewer.memoryMB;

export const viewerTriggerMemory = defineRule({
  id: 'EDG009',
  severity: 'error',
  title: 'Viewer triggers use 128 MB of memory',
  why: 'Lambda@Edge functions that run on viewer request or viewer response events get at most 128 MB of memory; CloudFront refuses to associate a larger function with a viewer event. Heavier work belongs on origin events, which allow the usual Lambda memory.',
  limit: 'Lambda@Edge memory: 128 MB for viewer request and response events (origin events: up to 10,240 MB).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-lambda-at-edge',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const viewer = edgeTriggersOf(index, fn).filter((t) => isViewerEvent(t.eventType));
      if (viewer.length === 0 || fn.config.memorySize <= MAX_MB) continue;
      const events = joinWords([...new Set(viewer.map((t) => t.eventType))]);
      const { nodeIds, edgeIds } = triggerIds(viewer);
      report({
        message: `Function ${index.name(fn.id)} has ${formatNumber(fn.config.memorySize)} MB of memory but runs on ${events} of ${viewer.map((t) => index.name(t.distribution.id)).join(', ')}; viewer triggers get at most 128 MB.`,
        nodeIds: [fn.id, ...nodeIds],
        edgeIds,
        fix: { label: 'Set memory to 128 MB', changes: [nodeChange(fn.id, ['memorySize'], MAX_MB)] },
      });
    }
  },
});
