import fc from 'fast-check';
import { KINDS } from '../catalog/registry';
import type { Design, DesignEdge, DesignNode } from '../model/design';
import { createEdge, createNode, emptyDesign } from '../model/new-design';

/**
 * Designs for the exporter's tests: one that uses every kind and every connection the catalog
 * allows, and a fast-check arbitrary of valid designs (containers, connections, settings).
 */

function add(design: Design, kind: string, id: string, options: { parentId?: string; config?: Record<string, unknown>; name?: string } = {}): DesignNode {
  const node = createNode(design, kind, { id, name: options.name ?? id, ...(options.parentId ? { parentId: options.parentId } : {}), ...(options.config ? { config: options.config } : {}) });
  design.nodes.push(node);
  return node;
}

function addNetwork(design: Design): void {
  add(design, 'vpc', 'vpc', { name: 'App VPC' });
  add(design, 'subnet', 'public-a', { parentId: 'vpc', name: 'Public A', config: { visibility: 'public', availabilityZone: 'us-east-1a', cidr: '10.0.0.0/24' } });
  add(design, 'subnet', 'public-b', { parentId: 'vpc', name: 'Public B', config: { visibility: 'public', availabilityZone: 'us-east-1b', cidr: '10.0.1.0/24' } });
  add(design, 'subnet', 'private-a', { parentId: 'vpc', name: 'Private A', config: { visibility: 'private', availabilityZone: 'us-east-1a', cidr: '10.0.10.0/24' } });
  add(design, 'subnet', 'private-b', { parentId: 'vpc', name: 'Private B', config: { visibility: 'private', availabilityZone: 'us-east-1b', cidr: '10.0.11.0/24' } });
}

/** Every kind once (functions and queues twice), and every connection the catalog allows between them. */
export function everyConnectionDesign(): Design {
  const design = emptyDesign('Every connection');
  design.description = 'Each kind and each connection meaning, for the exporter tests.';
  addNetwork(design);
  const inVpc: Record<string, string> = {
    'nat-gateway': 'public-a', 'rds-database': 'private-a', 'lambda-function': 'private-a',
    'security-group': 'vpc', 'internet-gateway': 'vpc', 'vpc-endpoint': 'vpc', alb: 'vpc', 'efs-file-system': 'vpc', 'efs-access-point': 'vpc', 'rds-proxy': 'vpc',
  };
  for (const kind of KINDS) {
    if (kind.id === 'vpc' || kind.id === 'subnet') continue;
    const parentId = inVpc[kind.id];
    add(design, kind.id, kind.id, parentId ? { parentId, name: kind.defaultName } : { name: kind.defaultName });
  }
  add(design, 'lambda-function', 'target-function', { name: 'Target function', config: { alias: 'live', functionUrl: { enabled: true, authType: 'NONE' } } });
  add(design, 'lambda-function', 'edge-function', { name: 'Edge function', config: { lambdaEdge: true, timeout: 5 } });
  add(design, 'sqs-queue', 'dead-letters', { name: 'Dead letters' });
  const representative = (kind: string, meaning: string, source: string): string => {
    if (kind === 'lambda-function') {
      if (source === 'cloudfront') return 'edge-function';
      return source === 'lambda-function' ? 'target-function' : meaning === 'invoke-sync' || meaning === 'invoke-async' || meaning === 'event-source-mapping' ? 'target-function' : 'lambda-function';
    }
    if (kind === 'sqs-queue' && source === 'sqs-queue') return 'dead-letters';
    if (kind === 'subnet') return 'private-b';
    return kind;
  };
  const edges: DesignEdge[] = [];
  for (const kind of KINDS) {
    for (const spec of kind.connections) {
      for (const to of spec.to) {
        const source = kind.id === 'subnet' ? 'private-a' : kind.id;
        const target = representative(to, spec.meaning, kind.id);
        if (source === target) continue;
        const id = `${source}-${spec.meaning}-${target}`;
        if (edges.some((e) => e.id === id)) continue;
        const config = kind.id === 'cloudfront' && to === 'cloudfront-function' ? { eventType: 'viewer-request' } : {};
        edges.push(createEdge(design, source, target, spec.meaning, config, id));
      }
    }
  }
  design.edges = edges;
  return design;
}

const RUNTIMES = ['nodejs24.x', 'nodejs22.x', 'python3.13', 'python3.12', 'java21', 'provided.al2023'];
const IMAGE_URI = '123456789012.dkr.ecr.us-east-1.amazonaws.com/app:latest';
const STATEMENTS = '[{"Effect":"Allow","Action":"xray:PutTraceSegments","Resource":"*"}]';

const functionConfig = fc.record({
  description: fc.constantFrom('', 'Handles orders'),
  packageType: fc.constantFrom('Zip', 'Zip', 'Zip', 'Image'),
  runtime: fc.constantFrom(...RUNTIMES),
  codeUri: fc.constantFrom('src/', 'orders/', ''),
  inlineCode: fc.option(fc.constant('exports.handler = async () => ({ ok: true });\n'), { nil: undefined, freq: 6 }),
  imageUri: fc.option(fc.constant(IMAGE_URI), { nil: undefined }),
  memorySize: fc.integer({ min: 128, max: 10240 }),
  timeout: fc.integer({ min: 1, max: 900 }),
  ephemeralStorage: fc.constantFrom(512, 512, 2048, 10240),
  architecture: fc.constantFrom('x86_64', 'arm64'),
  environment: fc.constantFrom({}, { LOG_LEVEL: 'info' }),
  tracing: fc.constantFrom('PassThrough', 'Active'),
  reservedConcurrency: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  provisionedConcurrency: fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined, freq: 4 }),
  alias: fc.option(fc.constantFrom('live', 'prod'), { nil: undefined }),
  deploymentPreference: fc.record({ type: fc.constantFrom('None', 'None', 'AllAtOnce', 'Canary10Percent5Minutes', 'Linear10PercentEvery1Minute') }),
  functionUrl: fc.record({ enabled: fc.boolean(), authType: fc.constantFrom('AWS_IAM', 'NONE'), corsAllowOrigins: fc.constantFrom([], ['https://example.com']), invokeMode: fc.constantFrom('BUFFERED', 'RESPONSE_STREAM') }),
  asyncInvoke: fc.record({ maximumRetryAttempts: fc.integer({ min: 0, max: 2 }), maximumEventAgeInSeconds: fc.constantFrom(60, 3600, 21600) }),
  logRetentionDays: fc.option(fc.constantFrom(1, 10, 14, 30, 400, 5000), { nil: undefined }),
  executionRole: fc.option(fc.constant('shared-lambda-role'), { nil: undefined, freq: 6 }),
  policyStatements: fc.option(fc.constantFrom(STATEMENTS, 'not json'), { nil: undefined, freq: 4 }),
  lambdaEdge: fc.constantFrom(false, false, false, false, true),
}).map((config) => (config.inlineCode && !/^(nodejs|python)/.test(config.runtime) ? { ...config, inlineCode: undefined } : config));

/** Settings for each kind, within the ranges AWS accepts. */
const CONFIGS: Record<string, fc.Arbitrary<Record<string, unknown>>> = {
  'lambda-function': functionConfig,
  'sqs-queue': fc.record({ fifo: fc.boolean(), contentBasedDeduplication: fc.boolean(), visibilityTimeout: fc.integer({ min: 0, max: 43200 }), messageRetentionPeriod: fc.integer({ min: 60, max: 1209600 }), receiveMessageWaitTime: fc.integer({ min: 0, max: 20 }), delaySeconds: fc.integer({ min: 0, max: 900 }) }),
  'sns-topic': fc.record({ fifo: fc.boolean() }),
  'dynamodb-table': fc.record({ billingMode: fc.constantFrom('PAY_PER_REQUEST', 'PROVISIONED'), sortKey: fc.option(fc.constant('createdAt'), { nil: undefined }), streamEnabled: fc.boolean(), streamViewType: fc.constantFrom('NEW_AND_OLD_IMAGES', 'KEYS_ONLY') }),
  'kinesis-stream': fc.record({ streamMode: fc.constantFrom('PROVISIONED', 'ON_DEMAND'), shardCount: fc.integer({ min: 1, max: 4 }), retentionPeriodHours: fc.constantFrom(24, 168) }),
  's3-bucket': fc.record({ versioning: fc.boolean(), eventBridge: fc.boolean(), expireAfterDays: fc.option(fc.integer({ min: 1, max: 365 }), { nil: undefined }) }),
  'eventbridge-schedule': fc.record({ engine: fc.constantFrom('scheduler', 'events-rule'), scheduleExpression: fc.constantFrom('rate(5 minutes)', 'cron(0 12 * * ? *)'), flexibleWindowMinutes: fc.constantFrom(0, 15), timezone: fc.constantFrom('UTC', 'Europe/Paris') }),
  'eventbridge-rule': fc.record({ state: fc.constantFrom('ENABLED', 'DISABLED'), eventPattern: fc.constantFrom('{"source":["orders"]}', '{"detail-type":["Order Placed"]}', 'not json') }),
  'eventbridge-bus': fc.record({ description: fc.constantFrom('', 'Order events') }),
  'api-gateway-rest': fc.record({ authorizer: fc.constantFrom('NONE', 'AWS_IAM', 'COGNITO'), endpointType: fc.constantFrom('REGIONAL', 'EDGE', 'PRIVATE'), tracing: fc.boolean(), integrationTimeoutMs: fc.constantFrom(29000, 10000) }),
  'api-gateway-http': fc.record({ authorizer: fc.constantFrom('NONE', 'AWS_IAM', 'JWT'), corsAllowOrigins: fc.constantFrom([], ['https://example.com']), stageName: fc.constantFrom('$default', 'v1'), integrationTimeoutMs: fc.constantFrom(30000, 5000) }),
  alb: fc.record({ scheme: fc.constantFrom('internet-facing', 'internal'), protocol: fc.constantFrom('HTTP', 'HTTPS'), listenerPort: fc.constantFrom(80, 443, 8080) }),
  'cognito-user-pool': fc.record({ mfa: fc.constantFrom('OFF', 'OPTIONAL', 'ON'), usernameAttribute: fc.constantFrom('email', 'phone_number', 'username') }),
  'log-group': fc.record({ retentionInDays: fc.constantFrom(1, 30, 100, 4000), namedLogGroup: fc.boolean() }),
  'step-functions': fc.record({ type: fc.constantFrom('STANDARD', 'EXPRESS'), definition: fc.constantFrom('', '{"StartAt":"Wait","States":{"Wait":{"Type":"Wait","Seconds":5,"End":true}}}') }),
  'rds-database': fc.record({ engine: fc.constantFrom('aurora-postgresql', 'aurora-mysql', 'postgres', 'mysql'), multiAz: fc.boolean() }),
  'rds-proxy': fc.record({ engineFamily: fc.constantFrom('POSTGRESQL', 'MYSQL'), iamAuth: fc.boolean(), requireTls: fc.boolean() }),
  'efs-file-system': fc.record({ performanceMode: fc.constantFrom('generalPurpose', 'maxIO'), throughputMode: fc.constantFrom('elastic', 'bursting', 'provisioned'), encrypted: fc.boolean() }),
  'vpc-endpoint': fc.oneof(
    fc.record({ endpointType: fc.constant('Gateway'), service: fc.constantFrom('s3', 'dynamodb') }),
    fc.record({ endpointType: fc.constant('Interface'), service: fc.constantFrom('secretsmanager', 'sqs', 'lambda'), privateDns: fc.boolean() }),
  ),
  'security-group': fc.record({ ingress: fc.constantFrom([], ['tcp 443 10.0.0.0/16'], ['tcp 5432 10.0.0.0/16', 'bad rule']), egress: fc.constantFrom(['-1 all 0.0.0.0/0'], [], ['tcp 443 0.0.0.0/0']) }),
  secret: fc.record({ generatePassword: fc.boolean(), description: fc.constantFrom('', 'API key') }),
  'ssm-parameter': fc.record({ type: fc.constantFrom('String', 'StringList'), value: fc.constantFrom('value', 'a,b', 'on') }),
  'lambda-layer': fc.record({ contentUri: fc.constantFrom('layer/', ''), compatibleRuntimes: fc.constantFrom(['nodejs24.x'], ['python3.13', 'python3.12']) }),
  'cloudfront-function': fc.record({ runtime: fc.constantFrom('cloudfront-js-2.0', 'cloudfront-js-1.0') }),
  cloudfront: fc.record({ priceClass: fc.constantFrom('PriceClass_100', 'PriceClass_All'), comment: fc.constantFrom('', 'Site') }),
  'nat-gateway': fc.record({ connectivity: fc.constantFrom('public', 'private') }),
};

/** Settings of each kind of connection. */
const EDGE_CONFIGS: Partial<Record<string, fc.Arbitrary<Record<string, unknown>>>> = {
  api: fc.record({ method: fc.constantFrom('ANY', 'GET', 'POST'), path: fc.constantFrom('/{proxy+}', '/orders', '/orders/{id}', '/') }),
  alb: fc.record({ priority: fc.integer({ min: 1, max: 3 }), pathPattern: fc.constantFrom('/*', '/api/*'), multiValueHeaders: fc.boolean() }),
  cloudfront: fc.record({ eventType: fc.constantFrom('viewer-request', 'viewer-response', 'origin-request', 'origin-response'), includeBody: fc.boolean() }),
  cognito: fc.record({ trigger: fc.constantFrom('PreSignUp', 'PostConfirmation', 'PreTokenGeneration') }),
  s3: fc.record({ events: fc.constantFrom(['s3:ObjectCreated:*'], ['s3:ObjectRemoved:*', 's3:ObjectCreated:Put']), prefix: fc.constantFrom('', 'uploads/'), suffix: fc.constantFrom('', '.jpg') }),
  sns: fc.record({ filterPolicy: fc.constantFrom('', '{"type":["order"]}'), rawMessageDelivery: fc.boolean() }),
  logs: fc.record({ filterPattern: fc.constantFrom('', 'ERROR') }),
  sqs: fc.record({ batchSize: fc.integer({ min: 1, max: 10 }), reportBatchItemFailures: fc.boolean(), maximumConcurrency: fc.option(fc.integer({ min: 2, max: 1000 }), { nil: undefined }), enabled: fc.boolean(), filterPattern: fc.option(fc.constant('{"body":{"type":["order"]}}'), { nil: undefined }) }),
  stream: fc.record({ batchSize: fc.integer({ min: 1, max: 1000 }), startingPosition: fc.constantFrom('TRIM_HORIZON', 'LATEST'), parallelizationFactor: fc.integer({ min: 1, max: 10 }), bisectBatchOnFunctionError: fc.boolean(), maximumRetryAttempts: fc.integer({ min: -1, max: 10 }), maximumRecordAgeInSeconds: fc.constantFrom(-1, 60, 3600), reportBatchItemFailures: fc.boolean(), tumblingWindowSeconds: fc.constantFrom(0, 60) }),
  redrive: fc.record({ maxReceiveCount: fc.integer({ min: 1, max: 10 }) }),
  access: fc.record({ mode: fc.constantFrom('read', 'write', 'read-write'), environmentVariable: fc.option(fc.constantFrom('ORDERS', 'my var'), { nil: undefined, freq: 4 }) }),
  mount: fc.record({ localMountPath: fc.constantFrom('/mnt/data', '/mnt/models') }),
};

function edgeConfigKey(sourceKind: string, targetKind: string, meaning: string): string | undefined {
  if (meaning === 'access') return 'access';
  if (meaning === 'mount') return 'mount';
  if (meaning === 'dead-letter' && sourceKind === 'sqs-queue') return 'redrive';
  if (meaning === 'event-source-mapping') return sourceKind === 'sqs-queue' ? 'sqs' : 'stream';
  if (targetKind !== 'lambda-function' && targetKind !== 'cloudfront-function' && targetKind !== 'sqs-queue') return undefined;
  const bySource: Record<string, string> = {
    'api-gateway-rest': 'api', 'api-gateway-http': 'api', alb: 'alb', cloudfront: 'cloudfront', 'cognito-user-pool': 'cognito', 's3-bucket': 's3', 'sns-topic': 'sns', 'log-group': 'logs',
  };
  return bySource[sourceKind];
}

const PLACEABLE = KINDS.map((k) => k.id).filter((k) => k !== 'vpc' && k !== 'subnet');

interface NodeSeed {
  kind: string;
  config: Record<string, unknown>;
  placement: number;
}

const nodeSeed: fc.Arbitrary<NodeSeed> = fc.constantFrom(...PLACEABLE, 'lambda-function', 'lambda-function', 'sqs-queue').chain((kind) =>
  fc.record({ kind: fc.constant(kind), config: CONFIGS[kind] ?? fc.constant({}), placement: fc.integer({ min: 0, max: 3 }) }));

function place(kind: string, placement: number, withVpc: boolean): string | undefined {
  if (!withVpc) return undefined;
  const subnets = ['private-a', 'private-b', 'public-a', 'public-b'];
  switch (kind) {
    case 'nat-gateway': return placement % 2 === 0 ? 'public-a' : 'public-b';
    case 'lambda-function': return placement === 3 ? undefined : subnets[placement % 2];
    case 'rds-database': return placement === 0 ? 'vpc' : subnets[placement % 2];
    case 'rds-proxy': return placement === 1 ? 'private-a' : 'vpc';
    case 'security-group': case 'internet-gateway': case 'vpc-endpoint': case 'alb': case 'efs-file-system': case 'efs-access-point': return 'vpc';
    default: return undefined;
  }
}

/** Valid designs: random kinds and settings, an optional VPC with two zones, and connections the catalog allows. */
export const arbitraryDesign: fc.Arbitrary<Design> = fc
  .record({ withVpc: fc.boolean(), seeds: fc.array(nodeSeed, { minLength: 1, maxLength: 14 }) })
  .chain(({ withVpc, seeds }) => {
    const design = emptyDesign('Generated design');
    if (withVpc) addNetwork(design);
    seeds.forEach((seed, i) => {
      const parentId = place(seed.kind, seed.placement, withVpc);
      const { namedLogGroup, ...config } = seed.config;
      if (namedLogGroup) config.logGroupName = `/app/log-group-${i}`;
      add(design, seed.kind, `${seed.kind}-${i}`, { name: `${seed.kind.replace(/-/g, ' ')} ${i}`, config, ...(parentId ? { parentId } : {}) });
    });
    const candidates: { source: DesignNode; target: DesignNode; meaning: string; key: string | undefined }[] = [];
    for (const source of design.nodes) {
      const kind = KINDS.find((k) => k.id === source.kind);
      for (const spec of kind?.connections ?? []) {
        for (const target of design.nodes) {
          if (!spec.to.includes(target.kind)) continue;
          candidates.push({ source, target, meaning: spec.meaning, key: edgeConfigKey(source.kind, target.kind, spec.meaning) });
        }
      }
    }
    const edgeArbitrary = candidates.length === 0
      ? fc.constant([] as { index: number; config: Record<string, unknown> }[])
      : fc.uniqueArray(
        fc.integer({ min: 0, max: candidates.length - 1 }).chain((index) => {
          const key = candidates[index]?.key;
          return fc.record({ index: fc.constant(index), config: (key && EDGE_CONFIGS[key]) || fc.constant({}) });
        }),
        { maxLength: Math.min(24, candidates.length), selector: (e) => e.index },
      );
    return edgeArbitrary.map((allPicks) => {
      // An access point belongs to one file system: a second part-of edge is a design error, not a valid design.
      const withPartOf = new Set<string>();
      const picks = allPicks.filter(({ index }) => {
        const c = candidates[index]!;
        if (c.meaning !== 'part-of') return true;
        if (withPartOf.has(c.source.id)) return false;
        withPartOf.add(c.source.id);
        return true;
      });
      const edges = picks.map(({ index, config }, i) => {
        const c = candidates[index] as (typeof candidates)[number];
        return createEdge(design, c.source.id, c.target.id, c.meaning as DesignEdge['meaning'], config, `e${i}-${c.meaning}`);
      });
      return { ...design, nodes: [...design.nodes], edges };
    });
  });

/** A design built node by node for focused tests. */
export class DesignBuilder {
  readonly design: Design = emptyDesign('Test design');

  node(kind: string, id: string, options: { name?: string; parentId?: string; config?: Record<string, unknown> } = {}): this {
    add(this.design, kind, id, options);
    return this;
  }

  edge(source: string, target: string, meaning: DesignEdge['meaning'], config: Record<string, unknown> = {}, id = `${source}-${target}`): this {
    this.design.edges.push(createEdge(this.design, source, target, meaning, config, id));
    return this;
  }

  network(): this {
    addNetwork(this.design);
    return this;
  }
}
