import { StreamMappingConfig } from '../../catalog/connections/configs';
import type { DesignEdge, NodeOfKind } from '../../model/design';
import type { z } from 'zod';
import type { Meaning } from '../../model/meaning';
import type { DesignIndex, FunctionNode } from '../design-index';
import { sharedComputation } from '../incremental/read-tracking';

export interface StreamMapping {
  edge: DesignEdge;
  source: NodeOfKind<'kinesis-stream'> | NodeOfKind<'dynamodb-table'>;
  fn: FunctionNode;
  config: z.output<typeof StreamMappingConfig>;
}

/** Every Kinesis and DynamoDB stream event source mapping, with its settings. */
export function streamMappings(index: DesignIndex): readonly StreamMapping[] {
  return mappingLists(index, () => mappingsOf(index));
}

// A dozen rules ask; each stream's own mappings are read, so mappings of queues do not run them again.
const mappingLists = sharedComputation<DesignIndex, readonly StreamMapping[]>();
const MAPPING: readonly Meaning[] = ['event-source-mapping'];

function mappingsOf(index: DesignIndex): StreamMapping[] {
  const result: StreamMapping[] = [];
  for (const source of [...index.ofKind('kinesis-stream'), ...index.ofKind('dynamodb-table')]) {
    for (const edge of index.outAmong(source.id, MAPPING)) {
      const fn = index.nodeOf(edge.target, 'lambda-function');
      if (fn) result.push({ edge, source, fn, config: index.edgeConfig(edge, StreamMappingConfig) });
    }
  }
  return result;
}

/** Where the stream mapping sends records of batches that fail: the function’s SQS or SNS on-failure destination. */
export function streamFailureDestinations(index: DesignIndex, fn: FunctionNode): DesignEdge[] {
  return index.out(fn.id, 'on-failure').filter((e) => {
    const kind = index.node(e.target)?.kind;
    return kind === 'sqs-queue' || kind === 'sns-topic';
  });
}

export function describeStream(index: DesignIndex, source: StreamMapping['source']): string {
  return `${source.kind === 'kinesis-stream' ? 'stream' : 'table stream'} ${index.name(source.id)}`;
}
