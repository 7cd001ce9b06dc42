import type { DesignEdge } from '../../model/design';
import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

/** Kinds whose events trigger a function and that a function can also write to. */
const LOOPING_SOURCES = new Set(['s3-bucket', 'sns-topic', 'sqs-queue', 'kinesis-stream', 'dynamodb-table']);

export const writeBackLoop = defineRule({
  id: 'LOP001',
  severity: 'warning',
  title: 'Functions do not write to what triggers them',
  why: 'A function that writes to the bucket, topic, queue, stream, table or event bus that triggers it triggers itself again: an endless loop that runs up cost until concurrency or the account limit stops it (Lambda’s recursive loop detection stops only some of them, after about 16 rounds).',
  limit: 'Write results somewhere else, or filter the trigger (S3 prefix/suffix, event pattern) so that the function’s own writes do not match.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-recursion.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const writes = new Map<string, DesignEdge>();
      for (const access of index.accessesOf(fn)) if (access.mode !== 'read') writes.set(access.target.id, access.edge);
      if (writes.size === 0) continue;
      for (const invocation of index.invocationsOf(fn.id)) {
        const trigger = invocation.source;
        const looped: { via: string; write: DesignEdge; through: string[] }[] = [];
        if (LOOPING_SOURCES.has(trigger.kind) && writes.has(trigger.id)) looped.push({ via: trigger.id, write: writes.get(trigger.id)!, through: [] });
        // One hop further: a rule on a bus the function puts events to, a queue subscribed to a topic it publishes to.
        const upstream = trigger.kind === 'eventbridge-rule' || trigger.kind === 'sqs-queue' ? index.in(trigger.id, 'subscription') : [];
        for (const edge of upstream) {
          const write = writes.get(edge.source);
          if (write) looped.push({ via: edge.source, write, through: [edge.id] });
        }
        for (const loop of looped) {
          const path = loop.via === trigger.id ? index.name(trigger.id) : `${index.name(loop.via)} through ${index.name(trigger.id)}`;
          report({
            message: `Function ${index.name(fn.id)} is triggered by ${path} and writes back to ${index.name(loop.via)}: each write can trigger it again.`,
            nodeIds: [fn.id, loop.via, trigger.id],
            edgeIds: [invocation.edge.id, loop.write.id, ...loop.through],
          });
        }
      }
    }
  },
});
