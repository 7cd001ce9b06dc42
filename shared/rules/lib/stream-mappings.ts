import { StreamMappingConfig } from '../../catalog/connections/configs';
import type { DesignEdge, NodeOfKind } from '../../model/design';
import type { z } from 'zod';
import type { DesignIndex, FunctionNode } from '../design-index';

export interface StreamMapping {
  edge: DesignEdge;
  source: NodeOfKind<'kinesis-stream'> | NodeOfKind<'dynamodb-table'>;
  fn: FunctionNode;
  config: z.output<typeof StreamMappingConfig>;
}

/** Every Kinesis and DynamoDB stream event source mapping, with its settings. */
export function streamMappings(index: DesignIndex): StreamMapping[] {
  const result: StreamMapping[] = [];
  for (const source of [...index.ofKind('kinesis-stream'), ...index.ofKind('dynamodb-table')]) {
    for (const edge of index.out(source.id, 'event-source-mapping')) {
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
