import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const parallelizationFactorRange = defineRule({
  id: 'STR002',
  severity: 'error',
  title: 'Parallelization factor between 1 and 10',
  why: 'Each shard can feed up to 10 concurrent batches (order is kept per partition key); Lambda refuses other factors.',
  limit: 'ParallelizationFactor: 1 to 10 concurrent batches per shard.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parallelization.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      const factor = config.parallelizationFactor;
      if (factor >= 1 && factor <= 10) continue;
      const value = clamp(factor, 1, 10);
      report({
        message: `${index.name(fn.id)} reads ${describeStream(index, source)} with ${formatNumber(factor)} batches per shard; Lambda allows 1 to 10.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Use ${value} batch${value === 1 ? '' : 'es'} per shard`, changes: [edgeChange(edge.id, ['parallelizationFactor'], value)] },
      });
    }
  },
});
