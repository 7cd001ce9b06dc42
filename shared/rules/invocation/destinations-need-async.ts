import type { DesignEdge } from '../../model/design';
import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

const STREAM_KINDS = new Set(['kinesis-stream', 'dynamodb-table']);
const STREAM_FAILURE_TARGETS = new Set(['sqs-queue', 'sns-topic']);

export const destinationsNeedAsync = defineRule({
  id: 'INV003',
  severity: 'warning',
  title: 'Destinations only for asynchronous invocations',
  why: 'On-success and on-failure destinations receive records of asynchronous invocations only. Synchronous callers get the result themselves; queue mappings retry through the queue (its redrive policy); stream mappings send failed batches to an SQS or SNS on-failure destination only.',
  limit: 'Function destinations: asynchronous invocations (S3, SNS, EventBridge, invoke type Event); stream event source mappings: on-failure to SQS or SNS.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-retain-records.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const destinations = [...index.out(fn.id, 'on-success'), ...index.out(fn.id, 'on-failure')];
      if (destinations.length === 0) continue;
      const invocations = index.invocationsOf(fn.id);
      if (invocations.length === 0 || invocations.some((i) => i.model === 'async')) continue;
      const readsStream = invocations.some((i) => i.model === 'polled' && STREAM_KINDS.has(i.source.kind));
      const unused = destinations.filter((edge: DesignEdge) =>
        !(edge.meaning === 'on-failure' && readsStream && STREAM_FAILURE_TARGETS.has(index.node(edge.target)?.kind ?? '')));
      if (unused.length === 0) continue;
      const how = [...new Set(invocations.map((i) => (i.model === 'sync' ? 'synchronously' : `by polling ${index.name(i.source.id)}`)))].join(' and ');
      report({
        message: `Function ${index.name(fn.id)} is only invoked ${how}, so its destinations ${unused.map((e) => index.name(e.target)).join(', ')} never receive anything.`,
        nodeIds: [fn.id, ...unused.map((e) => e.target)],
        edgeIds: unused.map((e) => e.id),
      });
    }
  },
});
