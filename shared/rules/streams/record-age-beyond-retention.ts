import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { streamMappings } from '../lib/stream-mappings';

export const recordAgeBeyondRetention = defineRule({
  id: 'STR012',
  severity: 'info',
  title: 'Maximum record age within the stream’s retention',
  why: 'A stream deletes records when its retention ends; a maximum record age beyond it never applies, and failing records disappear without reaching the on-failure destination.',
  limit: 'MaximumRecordAgeInSeconds ≤ stream retention (Kinesis 24 hours by default, up to 365 days).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      if (source.kind !== 'kinesis-stream' || config.maximumRecordAgeInSeconds === -1) continue;
      const retention = source.config.retentionPeriodHours * 3600;
      if (config.maximumRecordAgeInSeconds <= retention) continue;
      report({
        message: `${index.name(fn.id)} keeps retrying records of stream ${index.name(source.id)} up to ${formatNumber(config.maximumRecordAgeInSeconds)} s old, but the stream deletes them after ${formatNumber(retention)} s.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
      });
    }
  },
});
