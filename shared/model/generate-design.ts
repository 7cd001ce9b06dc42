import { findConnectionSpec } from '../catalog/connection-table';
import { requireKind } from '../catalog/registry';
import type { Design, DesignEdge, DesignNode } from './design';
import type { Meaning } from './meaning';
import { emptyDesign } from './new-design';
import { seededRandom } from './seeded-random';

interface Builder {
  nodes: DesignNode[];
  edges: DesignEdge[];
  kinds: Map<string, string>;
}

function node(b: Builder, id: string, kind: string, name: string, x: number, y: number, config: Record<string, unknown> = {}, parentId?: string, size?: { width: number; height: number }): string {
  const definition = requireKind(kind);
  b.nodes.push({
    id, kind, name, position: { x, y },
    ...(parentId ? { parentId } : {}),
    ...(size ? { size } : definition.container ? { size: { ...definition.container.defaultSize } } : {}),
    config: definition.config.parse(config),
  } as DesignNode);
  b.kinds.set(id, kind);
  return id;
}

function edge(b: Builder, source: string, target: string, meaning: Meaning, config: Record<string, unknown> = {}): void {
  const spec = findConnectionSpec(b.kinds.get(source)!, b.kinds.get(target)!, meaning);
  if (!spec) throw new Error(`generateDesign: no ${meaning} from ${source} to ${target}`);
  b.edges.push({ id: `e${b.edges.length + 1}`, source, target, meaning, config: (spec.config ? spec.config.parse(config) : {}) as Record<string, unknown> });
}

/**
 * A realistic design of about `nodeCount` nodes for benchmarks and property tests: rows of
 * trigger → function → destination/data patterns (API + table, queue worker with a redrive queue,
 * bucket with an on-failure queue, stream consumer) and, every few rows, a VPC with two subnets in
 * two zones holding a function behind a NAT gateway. Deterministic for a seed; loads without problems.
 */
export function generateDesign(nodeCount: number, seed = 1): Design {
  const rand = seededRandom(seed);
  const b: Builder = { nodes: [], edges: [], kinds: new Map() };
  const runtimes = ['nodejs24.x', 'python3.13', 'java21', 'nodejs22.x'];
  let row = 0;
  while (b.nodes.length < nodeCount) {
    const r = row++;
    const y = r * 140;
    const fnConfig = () => ({ runtime: runtimes[Math.floor(rand() * runtimes.length)], memorySize: 128 * (1 + Math.floor(rand() * 16)), timeout: 3 + Math.floor(rand() * 27), logRetentionDays: 14 });
    const pattern = r % 5;
    if (pattern === 0) {
      const api = node(b, `api${r}`, 'api-gateway-http', `Api ${r}`, 0, y);
      const fn = node(b, `fn${r}`, 'lambda-function', `Handler ${r}`, 300, y, fnConfig());
      const table = node(b, `table${r}`, 'dynamodb-table', `Table ${r}`, 600, y);
      edge(b, api, fn, 'invoke-sync', { path: `/r${r}/{proxy+}` });
      edge(b, fn, table, 'access');
    } else if (pattern === 1) {
      const queue = node(b, `queue${r}`, 'sqs-queue', `Jobs ${r}`, 0, y, { visibilityTimeout: 180 });
      const dlq = node(b, `dlq${r}`, 'sqs-queue', `Jobs DLQ ${r}`, 0, y + 70, { messageRetentionPeriod: 1209600 });
      const fn = node(b, `fn${r}`, 'lambda-function', `Worker ${r}`, 300, y, { ...fnConfig(), timeout: 30 });
      edge(b, queue, dlq, 'dead-letter');
      edge(b, queue, fn, 'event-source-mapping', { batchSize: 10 });
    } else if (pattern === 2) {
      const bucket = node(b, `bucket${r}`, 's3-bucket', `Uploads ${r}`, 0, y);
      const fn = node(b, `fn${r}`, 'lambda-function', `Processor ${r}`, 300, y, fnConfig());
      const failed = node(b, `failed${r}`, 'sqs-queue', `Failed ${r}`, 600, y);
      edge(b, bucket, fn, 'invoke-async', { prefix: 'in/' });
      edge(b, fn, failed, 'on-failure');
    } else if (pattern === 3) {
      const stream = node(b, `stream${r}`, 'kinesis-stream', `Stream ${r}`, 0, y, { shardCount: 1 + Math.floor(rand() * 4) });
      const fn = node(b, `fn${r}`, 'lambda-function', `Consumer ${r}`, 300, y, fnConfig());
      const failed = node(b, `failed${r}`, 'sqs-queue', `Failed records ${r}`, 600, y);
      edge(b, stream, fn, 'event-source-mapping', { parallelizationFactor: 2, maximumRetryAttempts: 3, bisectBatchOnFunctionError: true });
      edge(b, fn, failed, 'on-failure');
    } else {
      const vpc = node(b, `vpc${r}`, 'vpc', `VPC ${r}`, 0, y, { cidr: '10.0.0.0/16' }, undefined, { width: 700, height: 120 });
      const publicSubnet = node(b, `pub${r}`, 'subnet', `Public ${r}`, 10, 30, { visibility: 'public', cidr: '10.0.0.0/24', availabilityZone: 'us-east-1a' }, vpc, { width: 200, height: 80 });
      const a = node(b, `priv${r}a`, 'subnet', `Private ${r}a`, 230, 30, { cidr: '10.0.1.0/24', availabilityZone: 'us-east-1a' }, vpc, { width: 200, height: 80 });
      const bSubnet = node(b, `priv${r}b`, 'subnet', `Private ${r}b`, 450, 30, { cidr: '10.0.2.0/24', availabilityZone: 'us-east-1b' }, vpc, { width: 200, height: 80 });
      const igw = node(b, `igw${r}`, 'internet-gateway', `IGW ${r}`, 600, 0, {}, vpc);
      const nat = node(b, `nat${r}`, 'nat-gateway', `NAT ${r}`, 10, 10, {}, publicSubnet);
      const fn = node(b, `fn${r}`, 'lambda-function', `Private worker ${r}`, 10, 10, fnConfig(), a);
      edge(b, publicSubnet, igw, 'route');
      edge(b, a, nat, 'route');
      edge(b, bSubnet, nat, 'route');
      edge(b, fn, bSubnet, 'network-attach');
      row++;
    }
  }
  const design = emptyDesign(`Generated design (${nodeCount} nodes, seed ${seed})`);
  return { ...design, nodes: b.nodes, edges: b.edges };
}
