import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import type { Meaning } from '../model/meaning';
import { createEdge, createNode, emptyDesign } from '../model/new-design';
import { flowPartitions, PARTITION } from './flow-partitions';
import { arbitraryDesign } from './random-designs.test-support';

function design(nodes: [kind: string, id: string][], edges: [source: string, target: string, meaning: Meaning][]): Design {
  const d = emptyDesign();
  for (const [kind, id] of nodes) d.nodes.push(createNode(d, kind, { id, name: id }));
  for (const [source, target, meaning] of edges) d.edges.push(createEdge(d, source, target, meaning));
  return d;
}

describe('flowPartitions', () => {
  it('puts what leads into a function first, the function in the middle, what it leads to last', () => {
    const d = design(
      [['sns-topic', 'topic'], ['sqs-queue', 'queue'], ['lambda-function', 'fn'], ['dynamodb-table', 'table'], ['sqs-queue', 'failed']],
      [['topic', 'queue', 'subscription'], ['queue', 'fn', 'event-source-mapping'], ['fn', 'table', 'access'], ['fn', 'failed', 'on-failure']],
    );
    expect(Object.fromEntries(flowPartitions(d))).toEqual({ topic: PARTITION.trigger, queue: PARTITION.trigger, fn: PARTITION.compute, table: PARTITION.destination, failed: PARTITION.destination });
  });

  it('keeps a queue between two functions in the middle', () => {
    const d = design([['lambda-function', 'a'], ['sqs-queue', 'q'], ['lambda-function', 'b']], [['a', 'q', 'access'], ['q', 'b', 'event-source-mapping']]);
    expect(flowPartitions(d).get('q')).toBe(PARTITION.compute);
  });

  it('treats a bucket that triggers the function writing to it as a trigger', () => {
    const d = design([['s3-bucket', 'bucket'], ['lambda-function', 'fn']], [['bucket', 'fn', 'invoke-async'], ['fn', 'bucket', 'access']]);
    expect(flowPartitions(d).get('bucket')).toBe(PARTITION.trigger);
  });

  it('falls back to the home category away from any function, and gives containers no column', () => {
    const d = design([['api-gateway-rest', 'api'], ['secret', 'secret'], ['vpc', 'vpc'], ['security-group', 'sg']], []);
    const partitions = flowPartitions(d);
    expect(partitions.get('api')).toBe(PARTITION.trigger);
    expect(partitions.get('secret')).toBe(PARTITION.destination);
    expect(partitions.has('vpc')).toBe(false);
    expect(partitions.has('sg')).toBe(false);
  });

  it('never sets an edge outside any cycle against the columns', () => {
    fc.assert(
      fc.property(arbitraryDesign(30), (d) => {
        const partitions = flowPartitions(d);
        for (const edge of d.edges) {
          const from = partitions.get(edge.source);
          const to = partitions.get(edge.target);
          if (from === undefined || to === undefined || from <= to) continue;
          // Only an edge back into what leads to it may go right to left.
          expect(reaches(d, edge.target, edge.source), `${edge.source} → ${edge.target}`).toBe(true);
        }
      }),
      { numRuns: 300, seed: 11 },
    );
  });
});

function reaches(d: Design, from: string, to: string): boolean {
  const seen = new Set([from]);
  const queue = [from];
  while (queue.length > 0) {
    const at = queue.pop()!;
    if (at === to) return true;
    for (const e of d.edges) {
      if (e.source === at && !seen.has(e.target)) {
        seen.add(e.target);
        queue.push(e.target);
      }
    }
  }
  return false;
}
