import { SqsMappingConfig, StreamMappingConfig } from '../catalog/connections/configs';
import { readTraffic, SECONDS_PER_MONTH, statedPerSecond } from '../catalog/traffic';
import type { DesignEdge, DesignNode } from '../model/design';
import type { Meaning } from '../model/meaning';
import type { DesignIndex } from '../rules/design-index';
import { charged, type Computed, computed } from '../rules/incremental/read-tracking';
import { explainedWhenAsked } from './explained-when-asked';
import { formatCount } from './format';
import { scheduleRate } from './schedule-rate';

/**
 * How the load the design states flows along its edges, as units per second (requests, messages,
 * records, events, invocations):
 * - a node's stated load comes from outside the design; what drawn components send it is added
 *   (an EventBridge rule's stated load replaces its bus's events instead: it is a filter);
 * - APIs and load balancers spread requests evenly over their routes to functions;
 * - SNS topics, S3 buckets, EventBridge buses and rules deliver every message to every subscriber
 *   (fan-out multiplies);
 * - an SQS queue's messages are shared by its polling functions, one invocation per full batch;
 *   every stream consumer reads every record, one invocation per full batch;
 * - a function that writes to a queue, topic, bus, stream, table, bucket or workflow sends one
 *   message per invocation, and one event per asynchronous invocation to its on-success destination;
 * - failures (on-failure destinations, dead-letter queues) are left out: they should be rare;
 * - load that would flow round a loop back into where it came from is left out, and said so.
 */

export type FlowModel = 'sync' | 'async' | 'polled' | 'direct';

/** Invocations of a function through one edge (or directly, with no edge). */
export interface InvocationFlow {
  edgeId: string | null;
  sourceId: string | null;
  model: FlowModel;
  /** Requests, messages or records reaching this edge per second. */
  unitsPerSecond: number;
  invocationsPerSecond: number;
  /** Messages per invocation on polled edges (the mapping's batch size). */
  batchSize?: number;
  /** Size of each event for asynchronous invocations, where the source states it (requests above 256 KB cost more). */
  eventSizeKB?: number;
  explanation: string;
}

/** What arrives at one node, per second, and from where. */
export interface NodeFlow {
  nodeId: string;
  /** Units arriving per second; for functions, invocations. */
  perSecond: number;
  /** The load stated on the node itself (after the what-if scale), if any. */
  statedPerSecond?: number;
  /** "requests", "messages", "invocations"... */
  unit: string;
  /** Where the units come from, for explanations. */
  parts: { sourceId: string | null; edgeId: string | null; perSecond: number; explanation: string }[];
}

export interface TrafficFlow {
  /** The what-if factor applied to every stated load (schedules keep their own rate). */
  scale: number;
  nodes: ReadonlyMap<string, NodeFlow>;
  /** Invocations of each function, by the edge they come through. */
  invocations: ReadonlyMap<string, readonly InvocationFlow[]>;
  /** Whether the design states any load at all: a traffic setting or a schedule. */
  stated: boolean;
  notes: string[];
}

const UNITS: Record<string, string> = {
  'api-gateway-rest': 'requests', 'api-gateway-http': 'requests', alb: 'requests', cloudfront: 'requests',
  'cognito-user-pool': 'events', 's3-bucket': 'object events', 'sns-topic': 'messages', 'sqs-queue': 'messages',
  'kinesis-stream': 'records', 'dynamodb-table': 'item changes', 'eventbridge-bus': 'events', 'eventbridge-rule': 'events',
  'eventbridge-schedule': 'events', 'step-functions': 'executions', 'log-group': 'deliveries', 'lambda-function': 'invocations',
};

export function unitOf(kind: string): string {
  return UNITS[kind] ?? 'requests';
}

/** A rate as people read it: per second when at least one a second, else per hour or per month. */
export function formatRate(perSecond: number, unit: string): string {
  if (perSecond === 0) return `0 ${unit}`;
  if (perSecond >= 1) return `${formatCount(perSecond)} ${unit}/s`;
  if (perSecond * 3600 >= 1) return `${formatCount(perSecond * 3600)} ${unit}/h`;
  return `${formatCount(perSecond * SECONDS_PER_MONTH)} ${unit}/month`;
}

/** Connections that invoke a function, and those along which other nodes receive load. */
const INVOKING: readonly Meaning[] = ['invoke-sync', 'invoke-async', 'event-source-mapping', 'on-success'];
const FEEDING: readonly Meaning[] = ['subscription', 'access', 'on-success'];
// Asked per node too, so that a function's flow depends on the connections of the nodes upstream of it only.
const SYNC: readonly Meaning[] = ['invoke-sync'];
const SUBSCRIPTION: readonly Meaning[] = ['subscription'];
const MAPPING: readonly Meaning[] = ['event-source-mapping'];

/** Kinds whose requests are routed to one function each, not copied to all. */
const ROUTERS = new Set(['api-gateway-rest', 'api-gateway-http', 'alb']);
/** Kinds a function's write access sends one message (or record, event, object) per invocation to. */
const WRITE_TARGETS = new Set(['sqs-queue', 'sns-topic', 'eventbridge-bus', 'kinesis-stream', 'step-functions', 'dynamodb-table', 's3-bucket']);

type FlowPart = NodeFlow['parts'][number];

/** One source of a node's load; its explanation is written when read (the rules never read most of them). */
function part(sourceId: string | null, edgeId: string | null, perSecond: number, explain: () => string): FlowPart {
  return explainedWhenAsked({ sourceId, edgeId, perSecond }, explain);
}

export function computeTrafficFlow(index: DesignIndex, scale = 1): TrafficFlow {
  const computation = createFlowComputation(index, scale);
  for (const node of index.nodes) computation.flowOf(node.id);
  return computation.flow();
}

/** A traffic flow computed node by node, as asked (see computeTrafficFlow). */
export interface FlowComputation {
  flowOf(id: string): NodeFlow;
  /** What flows into a function, by edge (its flow computed first). */
  invocationsOf(fnId: string): readonly InvocationFlow[];
  /** Whether a loop was cut so far: results then depend on where the computation started. */
  loopsCut(): boolean;
  flow(): TrafficFlow;
}

/**
 * While reads are recorded (incremental validation), each node's flow and each count is charged
 * with what computing it read, also when it is found already computed: whoever asks for a
 * function's invocations depends on everything upstream of it, whichever function asked first.
 */
export function createFlowComputation(index: DesignIndex, scale: number): FlowComputation {
  const nodes = new Map<string, NodeFlow>();
  const nodeReads = new Map<string, Computed<NodeFlow>>();
  const invocations = new Map<string, InvocationFlow[]>();
  const visiting = new Set<string>();
  const loops = new Set<string>();
  const notes: string[] = [];
  let stated = false;
  // Results computed under a loop that was cut above them are partial: they are kept only for the
  // node the computation started from (its loop cut at itself), and computed again from other
  // nodes, up to a budget that keeps the pass linear-ish on designs full of loops.
  let cyclesHit = 0;
  let computations = 0;
  // Asked only once a loop is hit: listing the nodes is a read of them all (incremental validation).
  let budget: number | undefined;

  const name = (id: string | null) => (id ? index.name(id) : '');
  const counts = new Map<string, Computed<number>>();
  const countOnce = (key: string, count: () => number) => {
    let known = counts.get(key);
    if (!known) counts.set(key, (known = computed(count)));
    return charged(known);
  };
  const routesOf = (id: string) => countOnce(`routes ${id}`, () => index.outAmong(id, SYNC).filter((e) => index.node(e.target)?.kind === 'lambda-function').length || 1);

  function asyncPerSecond(fnId: string): number {
    flowOf(fnId);
    return (invocations.get(fnId) ?? []).filter((f) => f.model === 'async').reduce((sum, f) => sum + f.invocationsPerSecond, 0);
  }

  function sizeOf(node: DesignNode): number | undefined {
    if (node.kind === 'eventbridge-rule') {
      const bus = index.inAmong(node.id, SUBSCRIPTION)[0];
      const busNode = bus ? index.node(bus.source) : undefined;
      return busNode ? readTraffic(busNode.config).messageSizeKB : undefined;
    }
    return readTraffic(node.config).messageSizeKB;
  }

  function disabled(base: { edgeId: string; sourceId: string }, sourceId: string): InvocationFlow {
    return explainedWhenAsked({ ...base, model: 'polled', unitsPerSecond: 0, invocationsPerSecond: 0 }, () => `${name(sourceId)}: mapping disabled`);
  }

  function invocationThrough(edge: DesignEdge): InvocationFlow | undefined {
    const source = index.node(edge.source);
    if (!source) return undefined;
    const base = { edgeId: edge.id, sourceId: source.id };
    if (edge.meaning === 'event-source-mapping') {
      const from = flowOf(source.id);
      if (source.kind === 'sqs-queue') {
        const config = index.edgeConfig(edge, SqsMappingConfig);
        if (!config.enabled) return disabled(base, source.id);
        const consumers = countOnce(`consumers ${source.id}`, () => index.outAmong(source.id, MAPPING).filter((e) => index.edgeConfig(e, SqsMappingConfig).enabled).length || 1);
        const units = from.perSecond / consumers;
        const batch = Math.max(1, config.batchSize);
        return explainedWhenAsked(
          { ...base, model: 'polled', unitsPerSecond: units, invocationsPerSecond: units / batch, batchSize: batch },
          () => `${name(source.id)}: ${formatRate(from.perSecond, 'messages')}${consumers > 1 ? ` ÷ ${consumers} polling functions = ${formatRate(units, 'messages')}` : ''} ÷ batch of ${formatCount(batch)} = ${formatRate(units / batch, 'invocations')}`,
        );
      }
      const config = index.edgeConfig(edge, StreamMappingConfig);
      if (!config.enabled) return disabled(base, source.id);
      const batch = Math.max(1, config.batchSize);
      const unit = unitOf(source.kind);
      return explainedWhenAsked(
        { ...base, model: 'polled', unitsPerSecond: from.perSecond, invocationsPerSecond: from.perSecond / batch, batchSize: batch },
        () => `${name(source.id)}: ${formatRate(from.perSecond, unit)} ÷ batch of ${formatCount(batch)} = ${formatRate(from.perSecond / batch, 'invocations')}`,
      );
    }
    if (edge.meaning === 'on-success') {
      const units = asyncPerSecond(source.id);
      return explainedWhenAsked({ ...base, model: 'async', unitsPerSecond: units, invocationsPerSecond: units }, () => `${name(source.id)} on success: ${formatRate(units, 'invocations')}`);
    }
    const model = edge.meaning === 'invoke-sync' ? 'sync' : 'async';
    const from = flowOf(source.id);
    const unit = unitOf(source.kind);
    const routes = ROUTERS.has(source.kind) ? routesOf(source.id) : 1;
    const units = from.perSecond / routes;
    const size = model === 'async' ? sizeOf(source) : undefined;
    return explainedWhenAsked(
      { ...base, model, unitsPerSecond: units, invocationsPerSecond: units, ...(size !== undefined ? { eventSizeKB: size } : {}) },
      () => (routes > 1 ? `${name(source.id)}: ${formatRate(from.perSecond, unit)} ÷ ${routes} routes = ${formatRate(units, unit)}` : `${name(source.id)}: ${formatRate(units, unit)}`),
    );
  }

  function flowOf(id: string): NodeFlow {
    const known = nodeReads.get(id);
    if (known) return charged(known);
    const node = index.node(id);
    const unit = unitOf(node?.kind ?? '');
    if (!node || visiting.has(id)) {
      if (node) cyclesHit++;
      if (node && !loops.has(id)) {
        loops.add(id);
        notes.push(`Loop: load that flows back into ${index.name(id)} is left out (drawn as it is, each message would go round forever).`);
      }
      return { nodeId: id, perSecond: 0, unit, parts: [] };
    }
    const root = visiting.size === 0;
    const hitsBefore = cyclesHit;
    computations++;
    visiting.add(id);
    const entry = computed(() => flowThrough(id, node, unit));
    visiting.delete(id);
    if (root || cyclesHit === hitsBefore || computations > (budget ??= 20 * Math.max(1, index.nodes.length))) {
      nodes.set(id, entry.value);
      nodeReads.set(id, entry);
    }
    return charged(entry);
  }

  /** The flow of a node not yet known (visiting it). */
  function flowThrough(id: string, node: DesignNode, unit: string): NodeFlow {
    const traffic = readTraffic(node.config);
    const own = statedPerSecond(traffic);
    if (own !== undefined) stated = true;
    const statedScaled = own === undefined ? undefined : own * scale;
    const parts: NodeFlow['parts'] = [];
    if (statedScaled !== undefined && statedScaled > 0) {
      parts.push(part(null, null, statedScaled, () => `${formatRate(statedScaled, unit)} stated${scale !== 1 ? ` (× ${formatCount(scale)})` : ''}`));
    }

    if (node.kind === 'lambda-function') {
      const flows: InvocationFlow[] = [];
      if (statedScaled !== undefined && statedScaled > 0) {
        flows.push(explainedWhenAsked(
          { edgeId: null, sourceId: null, model: 'direct', unitsPerSecond: statedScaled, invocationsPerSecond: statedScaled },
          () => `direct calls (function URL, SDK): ${formatRate(statedScaled, 'invocations')}`,
        ));
      }
      invocations.set(id, flows);
      for (const edge of index.inAmong(id, INVOKING)) {
        const flow = invocationThrough(edge);
        if (flow) flows.push(flow);
      }
      for (const f of flows) if (f.edgeId) parts.push(part(f.sourceId, f.edgeId, f.invocationsPerSecond, () => f.explanation));
    } else if (node.kind === 'eventbridge-schedule') {
      const rate = scheduleRate(node.config.scheduleExpression);
      stated = true;
      if (rate) parts.push({ sourceId: null, edgeId: null, perSecond: rate.perSecond, explanation: rate.explanation });
      else notes.push(`Schedule ${index.name(id)}: “${node.config.scheduleExpression}” could not be read, so it is counted as never firing.`);
    } else if (node.kind === 'eventbridge-rule') {
      if (node.config.state === 'DISABLED') parts.length = 0;
      else if (statedScaled === undefined) {
        for (const edge of index.inAmong(id, SUBSCRIPTION)) {
          const bus = flowOf(edge.source);
          parts.push(part(edge.source, edge.id, bus.perSecond, () => `${name(edge.source)}: ${formatRate(bus.perSecond, 'events')}, all assumed to match`));
        }
      }
    } else {
      for (const edge of index.inAmong(id, FEEDING)) {
        const source = index.node(edge.source);
        if (!source) continue;
        if (edge.meaning === 'subscription') {
          const from = flowOf(source.id);
          parts.push(part(source.id, edge.id, from.perSecond, () => `${name(source.id)}: ${formatRate(from.perSecond, unitOf(source.kind))}`));
        } else if (edge.meaning === 'access' && source.kind === 'lambda-function' && WRITE_TARGETS.has(node.kind) && edge.config.mode !== 'read') {
          const from = flowOf(source.id);
          parts.push(part(source.id, edge.id, from.perSecond, () => `${name(source.id)}: ${formatRate(from.perSecond, 'invocations')} × 1 ${unit.replace(/s$/, '')} each`));
        } else if (edge.meaning === 'on-success' && source.kind === 'lambda-function') {
          const units = asyncPerSecond(source.id);
          parts.push(part(source.id, edge.id, units, () => `${name(source.id)} on success: ${formatRate(units, 'asynchronous invocations')}`));
        }
      }
    }

    const perSecond = parts.reduce((sum, p) => sum + p.perSecond, 0);
    return { nodeId: id, perSecond, unit, parts, ...(statedScaled !== undefined ? { statedPerSecond: statedScaled } : {}) };
  }

  return {
    flowOf,
    invocationsOf(fnId) {
      flowOf(fnId);
      return invocations.get(fnId) ?? [];
    },
    loopsCut: () => cyclesHit > 0,
    flow: () => ({ scale, nodes, invocations, stated, notes }),
  };
}
