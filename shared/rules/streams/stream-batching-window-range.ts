import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const streamBatchingWindowRange = defineRule({
  id: 'STR011',
  severity: 'error',
  title: 'Stream batching window between 0 and 300 seconds',
  why: 'On quiet streams the batching window gathers records before invoking, for at most five minutes; Lambda refuses longer windows.',
  limit: 'MaximumBatchingWindowInSeconds: 0 to 300 s.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchsize.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      const window = config.maximumBatchingWindowSeconds;
      if (window >= 0 && window <= 300) continue;
      const value = clamp(window, 0, 300);
      report({
        message: `${index.name(fn.id)} waits ${formatNumber(window)} s to gather records of ${describeStream(index, source)}; Lambda allows 0 to 300 s.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Wait ${formatNumber(value)} s`, changes: [edgeChange(edge.id, ['maximumBatchingWindowSeconds'], value)] },
      });
    }
  },
});
