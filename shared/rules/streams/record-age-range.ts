import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const recordAgeRange = defineRule({
  id: 'STR006',
  severity: 'error',
  title: 'Maximum record age -1 or between 60 s and 7 days',
  why: 'Records older than the maximum age are discarded (sent to the on-failure destination); Lambda refuses ages outside the range, and -1 keeps them until they expire.',
  limit: 'MaximumRecordAgeInSeconds: -1, or 60 to 604,800 s.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-errors.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      const age = config.maximumRecordAgeInSeconds;
      if (age === -1 || (age >= 60 && age <= 604_800)) continue;
      const value = clamp(age, 60, 604_800);
      report({
        message: `${index.name(fn.id)} discards records of ${describeStream(index, source)} older than ${formatNumber(age)} s; Lambda allows -1 or 60 to 604,800 s.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Discard after ${formatNumber(value)} s`, changes: [edgeChange(edge.id, ['maximumRecordAgeInSeconds'], value)] },
      });
    }
  },
});
