import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const tumblingWindowRange = defineRule({
  id: 'STR010',
  severity: 'error',
  title: 'Tumbling window between 0 and 900 seconds',
  why: 'Tumbling windows aggregate state across invocations for at most 15 minutes; Lambda refuses longer windows.',
  limit: 'TumblingWindowInSeconds: 0 to 900 s.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-windows.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      const window = config.tumblingWindowSeconds;
      if (window >= 0 && window <= 900) continue;
      const value = clamp(window, 0, 900);
      report({
        message: `${index.name(fn.id)} aggregates ${describeStream(index, source)} over ${formatNumber(window)} s windows; Lambda allows 0 to 900 s.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Use ${formatNumber(value)} s windows`, changes: [edgeChange(edge.id, ['tumblingWindowSeconds'], value)] },
      });
    }
  },
});
