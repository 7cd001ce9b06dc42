import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { streamMappings } from '../lib/stream-mappings';

export const dynamodbStartingPosition = defineRule({
  id: 'STR005',
  severity: 'error',
  title: 'DynamoDB streams start at TRIM_HORIZON or LATEST',
  why: 'Reading from a timestamp is a Kinesis feature; Lambda refuses AT_TIMESTAMP for DynamoDB streams, which keep records 24 hours.',
  limit: 'StartingPosition for DynamoDB Streams: TRIM_HORIZON or LATEST.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const { edge, source, fn, config } of streamMappings(index)) {
      if (source.kind !== 'dynamodb-table' || config.startingPosition !== 'AT_TIMESTAMP') continue;
      report({
        message: `${index.name(fn.id)} starts reading table ${index.name(source.id)}’s stream AT_TIMESTAMP; DynamoDB streams start at TRIM_HORIZON or LATEST.`,
        nodeIds: [source.id, fn.id],
        edgeIds: [edge.id],
      });
    }
  },
});
