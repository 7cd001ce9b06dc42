import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

export const tableStreamEnabled = defineRule({
  id: 'STR008',
  severity: 'error',
  title: 'Tables that trigger functions have a stream',
  why: 'Lambda reads DynamoDB changes from the table’s stream; without a stream there is nothing to map and the deployment fails.',
  limit: 'StreamSpecification (StreamViewType) on every table used as an event source.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const table of index.ofKind('dynamodb-table')) {
      const mappings = index.out(table.id, 'event-source-mapping');
      if (mappings.length === 0 || table.config.streamEnabled) continue;
      report({
        message: `Table ${index.name(table.id)} triggers ${mappings.map((e) => index.name(e.target)).join(', ')} but has no stream.`,
        nodeIds: [table.id, ...mappings.map((e) => e.target)],
        edgeIds: mappings.map((e) => e.id),
        fix: { label: 'Turn on the table’s stream', changes: [nodeChange(table.id, ['streamEnabled'], true)] },
      });
    }
  },
});
