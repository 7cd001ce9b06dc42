import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeStream, streamMappings } from '../lib/stream-mappings';

export const streamBatchSizeRange = defineRule({
  id: 'STR001',
  severity: 'error',
  title: 'Stream batch size between 1 and 10,000',
  why: 'Lambda refuses stream batch sizes outside the range; each batch must also fit the 6 MB invocation payload.',
  limit: 'Kinesis and DynamoDB Streams batch size: 1 to 10,000 records (default 100).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-kinesis-batchsize.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      if (config.batchSize >= 1 && config.batchSize <= 10_000) continue;
      const value = clamp(config.batchSize, 1, 10_000);
      report({
        message: `${index.name(fn.id)} reads batches of ${formatNumber(config.batchSize)} records from ${describeStream(index, source)}; Lambda allows 1 to 10,000.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
        fix: { label: `Read ${formatNumber(value)} records per batch`, changes: [edgeChange(edge.id, ['batchSize'], value)] },
      });
    }
  },
});
