import { SqsMappingConfig, StreamMappingConfig } from '../catalog/connections/configs';
import { readTraffic } from '../catalog/traffic';
import type { DesignEdge } from '../model/design';
import type { DesignIndex, FunctionNode } from '../rules/design-index';
import { madeWhenAsked } from '../rules/incremental/read-tracking';
import { explainedWhenAsked } from './explained-when-asked';
import { formatCount, formatSeconds } from './format';
import { billedDurationMs } from './function-cost';
import { type FlowModel, formatRate, type InvocationFlow, type TrafficFlow } from './traffic-flow';

/**
 * Concurrency = arrival rate × duration (Little's law), per function and per event source, against
 * the function's reserved concurrency or the account's unreserved pool. Event sources bound what
 * they drive: an SQS standard queue at most 1,000 concurrent batches (or the mapping's maximum
 * concurrency), a FIFO queue one batch per active message group, a stream shards × parallelization
 * factor. Where a source bound binds, the queue or stream falls behind (a backlog) rather than
 * being throttled. Steady state only: Lambda's scaling rate (1,000 new environments every 10 s per
 * function; SQS pollers +300 a minute) is not modelled.
 */

/** Most batches an SQS event source mapping processes at once (docs.aws.amazon.com/lambda/latest/dg/services-sqs-scaling.html). */
export const SQS_MAX_CONCURRENT_BATCHES = 1000;
/** Shards assumed where the design cannot know them. */
export const ON_DEMAND_STREAM_SHARDS = 4;
export const DYNAMODB_STREAM_SHARDS = 1;
/** Lambda refuses reservations that leave fewer than this unreserved. */
export const KEEP_UNRESERVED = 100;

export interface SourceConcurrency {
  /** The trigger or caller; null for direct calls (function URL, SDK). */
  sourceId: string | null;
  edgeId: string | null;
  model: FlowModel;
  invocationsPerSecond: number;
  /** invocations/s × duration, before the source's own bound. */
  demand: number;
  /** Most concurrent invocations the source drives, where it has a bound. */
  bound?: number;
  boundReason?: string;
  /** min(demand, bound). */
  expected: number;
}

export type ConcurrencyStatus = 'no-traffic' | 'fits' | 'throttles' | 'backlog';

export interface FunctionConcurrency {
  nodeId: string;
  name: string;
  invocationsPerSecond: number;
  /** The average duration as billed (rounded up to the millisecond). */
  durationMs: number;
  /** False when no duration is stated and the timeout stands in (the worst case). */
  durationStated: boolean;
  /** Concurrent executions expected: the sum over sources, each within its bound. */
  expected: number;
  /** Before the sources' bounds. */
  demand: number;
  sources: SourceConcurrency[];
  reserved?: number;
  provisioned?: number;
  /** What the function may use: its reserved concurrency, or the account's unreserved pool it shares. */
  limit: number;
  limitKind: 'reserved' | 'unreserved';
  /** expected ÷ limit (Infinity when the limit is 0 and traffic arrives). */
  utilization: number;
  status: ConcurrencyStatus;
  explanation: string;
}

export interface AccountConcurrency {
  /** design.settings.accountConcurrencyLimit. */
  limit: number;
  /** Sum of every function's reserved concurrency. */
  reserved: number;
  /** limit − reserved: what the functions without a reservation share. */
  unreservedPool: number;
  /** What those functions need together: each its expected concurrency, or its provisioned concurrency if more. */
  unreservedDemand: number;
  status: 'fits' | 'throttles';
  explanation: string;
}

export interface ConcurrencyBudget {
  functions: FunctionConcurrency[];
  account: AccountConcurrency;
}

/** The duration the budget and the bill use: stated, else the timeout (the worst case). */
export function functionDuration(fn: FunctionNode): { durationMs: number; stated: boolean } {
  const stated = readTraffic(fn.config).averageDurationMs;
  if (stated !== undefined) return { durationMs: billedDurationMs(stated), stated: true };
  return { durationMs: billedDurationMs(fn.config.timeout * 1000), stated: false };
}

function boundOf(index: DesignIndex, edge: DesignEdge | undefined, sourceId: string | null): { bound?: number; reason?: string } {
  if (!sourceId) return {};
  const source = index.node(sourceId);
  if (!edge || !source || edge.meaning !== 'event-source-mapping') return {};
  if (source.kind === 'sqs-queue') {
    const { maximumConcurrency } = index.edgeConfig(edge, SqsMappingConfig);
    if (source.config.fifo) {
      const groups = readTraffic(source.config).messageGroups;
      if (groups === undefined && maximumConcurrency === undefined) return { reason: 'FIFO: one batch per active message group (groups not stated)' };
      const bound = Math.min(groups ?? Infinity, maximumConcurrency ?? Infinity);
      return { bound, reason: groups !== undefined && bound === groups ? `${formatCount(groups)} active message groups (FIFO)` : `maximum concurrency ${formatCount(bound)}` };
    }
    if (maximumConcurrency !== undefined) return { bound: maximumConcurrency, reason: `maximum concurrency ${formatCount(maximumConcurrency)}` };
    return { bound: SQS_MAX_CONCURRENT_BATCHES, reason: `${formatCount(SQS_MAX_CONCURRENT_BATCHES)} concurrent batches (SQS standard)` };
  }
  const { parallelizationFactor } = index.edgeConfig(edge, StreamMappingConfig);
  if (source.kind === 'kinesis-stream') {
    const onDemand = source.config.streamMode === 'ON_DEMAND';
    const shards = onDemand ? ON_DEMAND_STREAM_SHARDS : source.config.shardCount;
    return { bound: shards * parallelizationFactor, reason: `${formatCount(shards)} shards${onDemand ? ' (on demand: 4 assumed)' : ''} × parallelization ${parallelizationFactor}` };
  }
  if (source.kind === 'dynamodb-table') {
    return { bound: DYNAMODB_STREAM_SHARDS * parallelizationFactor, reason: `${DYNAMODB_STREAM_SHARDS} stream shard (assumed: shards follow the table’s partitions) × parallelization ${parallelizationFactor}` };
  }
  return {};
}

/** What the budget works out for one function from what flows into it, before the account's pool is shared out. */
export interface FunctionDraft {
  durationMs: number;
  stated: boolean;
  sources: SourceConcurrency[];
  invocationsPerSecond: number;
  expected: number;
  demand: number;
}

export function functionDraft(index: DesignIndex, fn: FunctionNode, invocations: readonly InvocationFlow[]): FunctionDraft {
  const { durationMs, stated } = functionDuration(fn);
  const sources: SourceConcurrency[] = invocations.map((f) => {
    const demand = f.invocationsPerSecond * (durationMs / 1000);
    const { bound, reason } = boundOf(index, f.edgeId ? index.edge(f.edgeId) : undefined, f.sourceId);
    return {
      sourceId: f.sourceId, edgeId: f.edgeId, model: f.model, invocationsPerSecond: f.invocationsPerSecond, demand,
      ...(bound !== undefined ? { bound } : {}), ...(reason ? { boundReason: reason } : {}),
      expected: bound !== undefined ? Math.min(demand, bound) : demand,
    };
  });
  const invocationsPerSecond = sources.reduce((s, x) => s + x.invocationsPerSecond, 0);
  const expected = sources.reduce((s, x) => s + x.expected, 0);
  const demand = sources.reduce((s, x) => s + x.demand, 0);
  return { durationMs, stated, sources, invocationsPerSecond, expected, demand };
}

export function computeConcurrencyBudget(index: DesignIndex, flow: TrafficFlow): ConcurrencyBudget {
  return assembleBudget(index, index.functions.map((fn) => functionDraft(index, fn, flow.invocations.get(fn.id) ?? [])));
}

/** The budget from each function's draft (in the order of index.functions): the account's pool shared out, statuses, explanations. */
export function assembleBudget(index: DesignIndex, functionDrafts: readonly FunctionDraft[]): ConcurrencyBudget {
  const limit = index.settings.accountConcurrencyLimit;
  // Each setting read once per function: on a tracked design every read is recorded.
  const drafts = index.functions.map((fn, i) => {
    const { reservedConcurrency: reserved, provisionedConcurrency: provisioned } = fn.config;
    return { fn, reserved, provisioned, d: functionDrafts[i] as FunctionDraft };
  });

  let reservedTotal = 0;
  let unreservedDemand = 0;
  let unreservedCount = 0;
  for (const { reserved, provisioned, d } of drafts) {
    if (reserved !== undefined) reservedTotal += reserved;
    else {
      unreservedCount++;
      unreservedDemand += Math.max(d.expected, provisioned ?? 0);
    }
  }
  const pool = Math.max(0, limit - reservedTotal);
  const poolShort = unreservedDemand > pool;

  const functions = drafts.map(({ fn, reserved, provisioned, d }): FunctionConcurrency => {
    const fnLimit = reserved ?? pool;
    const onlyPolled = d.sources.length > 0 && d.sources.every((s) => s.model === 'polled');
    const sourceBound = d.demand > d.expected + 1e-9;
    const over = reserved !== undefined ? d.expected > reserved + 1e-9 : poolShort && d.expected > 0;
    const status: ConcurrencyStatus = d.invocationsPerSecond <= 0 ? 'no-traffic'
      : over ? (onlyPolled ? 'backlog' : 'throttles')
      : sourceBound ? 'backlog'
      : 'fits';

    // Not explainedWhenAsked: its spread of the fields would read the name getter below at once.
    const explain = madeWhenAsked(() => {
      const parts: string[] = [];
      const duration = `${formatSeconds(d.durationMs)}${d.stated ? '' : ` (no duration stated: the ${formatCount(fn.config.timeout)} s timeout, the worst case)`}`;
      if (d.invocationsPerSecond <= 0) parts.push('No traffic reaches this function');
      else {
        parts.push(`${formatRate(d.invocationsPerSecond, 'invocations')} × ${duration} = ${formatCount(d.demand)} concurrent executions`);
        for (const s of d.sources) {
          if (s.bound !== undefined && s.demand > s.bound + 1e-9) {
            parts.push(`${s.sourceId ? index.name(s.sourceId) : 'a source'} drives at most ${formatCount(s.bound)} (${s.boundReason}): it falls behind`);
          } else if (s.bound === undefined && s.boundReason) parts.push(`${s.sourceId ? index.name(s.sourceId) : 'a source'}: ${s.boundReason}`);
        }
        if (sourceBound) parts.push(`${formatCount(d.expected)} expected`);
      }
      if (reserved !== undefined) parts.push(`reserved ${formatCount(reserved)}${over ? ': the rest is throttled' : ''}`);
      else {
        const others = unreservedCount - 1;
        const sharing = others === 0 ? `has the ${formatCount(pool)} unreserved to itself` : `shares the ${formatCount(pool)} unreserved with ${others} other function${others === 1 ? '' : 's'} (${formatCount(unreservedDemand)} needed together)`;
        parts.push(`${sharing}${poolShort && d.expected > 0 ? ': not enough, throttled' : ''}`);
      }
      if (provisioned !== undefined) parts.push(`${formatCount(provisioned)} provisioned (warm)`);
      return parts.join('; ');
    });

    return {
      nodeId: fn.id,
      // Read when shown: the rules name functions only in what they report, so a rename reruns none of them otherwise.
      get name() {
        return fn.name;
      },
      invocationsPerSecond: d.invocationsPerSecond,
      durationMs: d.durationMs,
      durationStated: d.stated,
      expected: d.expected,
      demand: d.demand,
      sources: d.sources,
      ...(reserved !== undefined ? { reserved } : {}),
      ...(provisioned !== undefined ? { provisioned } : {}),
      limit: fnLimit,
      limitKind: reserved !== undefined ? 'reserved' : 'unreserved',
      utilization: fnLimit > 0 ? d.expected / fnLimit : d.expected > 0 ? Infinity : 0,
      status,
      get explanation() {
        return explain();
      },
    };
  });

  return {
    functions,
    account: explainedWhenAsked(
      { limit, reserved: reservedTotal, unreservedPool: pool, unreservedDemand, status: poolShort ? 'throttles' : 'fits' },
      () => `Account limit ${formatCount(limit)} − ${formatCount(reservedTotal)} reserved = ${formatCount(pool)} unreserved; functions without a reservation need ${formatCount(unreservedDemand)}${poolShort ? ': they will be throttled' : ''}.`,
    ),
  };
}
