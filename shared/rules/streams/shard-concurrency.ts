import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { streamMappings, type StreamMapping } from '../lib/stream-mappings';

export const shardConcurrency = defineRule({
  id: 'STR009',
  severity: 'warning',
  title: 'Reserved concurrency covers every shard',
  why: 'Lambda runs one batch per shard at a time, times the parallelization factor; with less reserved concurrency some shards wait, and the iterator age grows until records expire.',
  limit: 'Concurrency needed = shards × parallelization factor, per stream read by the function.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-parallelization.html',
  seed: SEEDS.summary,
  check(index, report) {
    const byFunction = new Map<string, StreamMapping[]>();
    for (const mapping of streamMappings(index)) {
      if (mapping.source.kind !== 'kinesis-stream' || mapping.source.config.streamMode !== 'PROVISIONED') continue;
      byFunction.set(mapping.fn.id, [...(byFunction.get(mapping.fn.id) ?? []), mapping]);
    }
    for (const mappings of byFunction.values()) {
      const fn = mappings[0]!.fn;
      const reserved = fn.config.reservedConcurrency;
      const needed = mappings.reduce((sum, m) => sum + (m.source.kind === 'kinesis-stream' ? m.source.config.shardCount : 0) * m.config.parallelizationFactor, 0);
      if (reserved === undefined || reserved === 0 || needed <= reserved) continue;
      report({
        message: `Function ${index.name(fn.id)} needs ${formatNumber(needed)} concurrent executions for the shards of ${mappings.map((m) => index.name(m.source.id)).join(', ')} but reserves ${formatNumber(reserved)}: shards fall behind.`,
        nodeIds: [fn.id, ...mappings.map((m) => m.source.id)],
        edgeIds: mappings.map((m) => m.edge.id),
      });
    }
  },
});
