import { getKind } from '../catalog/registry';
import type { Design } from '../model/design';
import { DesignIndex, type FunctionNode } from '../rules/design-index';
import { type ConcurrencyBudget, computeConcurrencyBudget, functionDuration } from './concurrency-budget';
import { formatCount, formatDecimal } from './format';
import { lambdaFreeTier } from './free-tier';
import { lambdaCosts, type LambdaUsage, vcpuOf } from './function-cost';
import { PRICE_TABLE, type PriceTable } from './price-table';
import { serviceLines } from './service-costs';
import { computeTrafficFlow, type TrafficFlow, unitOf } from './traffic-flow';

export interface EstimateOptions {
  /** Apply Lambda's monthly free tier (1M requests, 400,000 GB-s). Default true. */
  freeTier?: boolean;
  /** What-if factor on every stated load (the panel's slider: 0.1 to 100). Default 1. Schedules keep their rate. */
  trafficScale?: number;
  /** Prices to use instead of the built-in us-east-1 table (tests, other regions). */
  prices?: PriceTable;
}

/** One priced part of a line: "Requests", "Duration", "Shard hours"... */
export interface CostCharge {
  label: string;
  usd: number;
  /** The computation, e.g. "2,592,000 requests × $0.20/M = $0.52". */
  explanation: string;
}

/** Function-only figures the panel shows beside the cost: memory's effect on cost and CPU. */
export interface FunctionCostDetails {
  memoryMB: number;
  /** Share of a vCPU the memory buys (1,769 MB = 1 vCPU). */
  vcpu: number;
  architecture: 'x86_64' | 'arm64';
  invocationsPerMonth: number;
  requestsPerMonth: number;
  /** Average duration as billed, rounded up to the millisecond. */
  billedDurationMs: number;
  /** False when no duration is stated and the timeout stands in. */
  durationStated: boolean;
  gbSeconds: number;
  freeRequests: number;
  freeGbSeconds: number;
  /** Lambda@Edge prices apply. */
  edge: boolean;
}

/** One component's monthly cost. */
export interface CostLine {
  nodeId: string;
  name: string;
  kind: string;
  kindLabel: string;
  /** Full precision; round only to display. */
  monthlyUsd: number;
  /** Every charge's explanation, joined with "; ". */
  explanation: string;
  charges: CostCharge[];
  /** What arrives at the component in a month, in `unit` (requests, messages, invocations...). */
  monthlyUnits: number;
  unit: string;
  function?: FunctionCostDetails;
}

export interface KindSubtotal {
  kind: string;
  label: string;
  monthlyUsd: number;
  /** Lines of this kind. */
  count: number;
}

export interface CostEstimate {
  /** Sum of the lines, in USD a month. */
  totalUsd: number;
  /** Most expensive first; every function, every priced trigger or destination, and other components traffic passes through. */
  lines: CostLine[];
  /** Per kind, most expensive first. */
  byKind: KindSubtotal[];
  /** What was assumed or left out (data transfer always), for the panel's footnotes. */
  notes: string[];
  /** Expected concurrency per function against its limit, and the account's unreserved pool. */
  concurrency: ConcurrencyBudget;
  /** False when nothing in the design states a load: the estimate then shows fixed charges only. */
  trafficStated: boolean;
  trafficScale: number;
  freeTier: {
    enabled: boolean;
    /** Free requests and GB-seconds used, and what they would otherwise have cost. */
    requests: number;
    gbSeconds: number;
    savedUsd: number;
  };
  prices: Pick<PriceTable, 'asOf' | 'region' | 'currency' | 'secondsPerMonth'>;
}

const NO_TRAFFIC = 'No traffic stated: give triggers an expected load (their Traffic settings) and functions an average duration to estimate what the design costs; until then only fixed charges count.';

function asyncExtraRequests(flow: TrafficFlow, fnId: string, prices: PriceTable, month: number): number {
  const { asyncEventFreeKB, asyncEventChunkKB, asyncEventMaxKB } = prices.lambda;
  let extra = 0;
  for (const f of flow.invocations.get(fnId) ?? []) {
    if (f.model !== 'async' || f.eventSizeKB === undefined || f.eventSizeKB <= asyncEventFreeKB) continue;
    extra += f.invocationsPerSecond * month * Math.ceil((Math.min(f.eventSizeKB, asyncEventMaxKB) - asyncEventFreeKB) / asyncEventChunkKB);
  }
  return extra;
}

function usageOf(fn: FunctionNode, position: number, index: DesignIndex, flow: TrafficFlow, budget: ConcurrencyBudget, prices: PriceTable): LambdaUsage {
  const month = prices.secondsPerMonth;
  const invocations = (flow.nodes.get(fn.id)?.perSecond ?? 0) * month;
  const { durationMs } = functionDuration(fn);
  const expected = budget.functions[position]?.expected ?? 0;
  const provisioned = fn.config.provisionedConcurrency;
  const edge = index.isEdgeFunction(fn);
  return {
    id: fn.id,
    architecture: fn.config.architecture,
    memoryMB: fn.config.memorySize,
    ephemeralMB: fn.config.ephemeralStorage,
    invocations,
    extraRequests: asyncExtraRequests(flow, fn.id, prices, month),
    durationMs,
    edge,
    ...(provisioned !== undefined && provisioned > 0 && !edge
      ? { provisioned: { concurrency: provisioned, seconds: month, share: expected > 0 ? Math.min(1, provisioned / expected) : 0 } }
      : {}),
  };
}

function notesFor(index: DesignIndex, flow: TrafficFlow, prices: PriceTable, freeTier: boolean, untimed: readonly FunctionNode[]): string[] {
  const has = (kind: string) => index.ofKind(kind as never).length > 0;
  const notes: string[] = [];
  if (!flow.stated) notes.push(NO_TRAFFIC);
  notes.push(`Prices: ${prices.region} on-demand, checked ${prices.asOf}; a month is 30 days (${formatCount(prices.secondsPerMonth)} s), so 1 request a second is ${formatCount(prices.secondsPerMonth)} a month.`);
  if (flow.scale !== 1) notes.push(`What-if: every stated load × ${formatDecimal(flow.scale, 3)} (schedules keep their own rate).`);
  notes.push('Data transfer (to the internet, between Regions, through NAT gateways) is left out.');
  notes.push(freeTier
    ? 'Lambda free tier (1M requests, 400,000 GB-s a month) is shared among the functions in proportion to their use; other services’ free allowances (SQS and SNS 1M requests, Step Functions 4,000 transitions, Scheduler 14M invocations, API Gateway’s first-year tier) are not subtracted.'
    : 'Free tier switched off: every request and GB-second is billed.');
  if (untimed.length > 0) notes.push(`No average duration stated for ${untimed.map((f) => index.name(f.id)).join(', ')}: priced and budgeted at the timeout, the worst case.`);
  if (index.functions.some((f) => f.config.provisionedConcurrency !== undefined)) notes.push('Provisioned concurrency is priced as enabled all month; it serves the share of duration it covers (provisioned ÷ expected concurrency), the rest runs on demand.');
  if (index.functions.length > 0) notes.push('CloudWatch Logs written by functions, X-Ray traces and Savings Plans are left out.');
  if (index.functions.some((f) => index.inVpc(f))) notes.push('Functions in a VPC: NAT gateway hours and processing and VPC endpoint hours are left out.');
  if (index.edgesWith('event-source-mapping').length > 0) notes.push('Polled sources: one invocation per full batch (quiet queues and streams send smaller batches, so more invocations); Lambda’s empty SQS polls are left out.');
  if (index.edgesWith('access').some((e) => e.config.mode !== 'read')) notes.push('A function that writes to a queue, topic, bus, stream, table or bucket is assumed to send one message per invocation.');
  if (has('s3-bucket') || has('dynamodb-table')) notes.push('S3 and DynamoDB requests and storage are left out.');
  if (has('alb') || has('cloudfront') || has('cognito-user-pool')) notes.push('Load balancer hours and LCUs, CloudFront requests and Cognito users are left out.');
  notes.push(...flow.notes);
  return notes;
}

/**
 * The monthly cost of a design and its concurrency budget: a pure function of the design, the
 * options and the price table. Every figure carries its computation (CostLine.explanation) so a
 * reviewer can check it by hand.
 */
export function estimateCost(design: Design, options: EstimateOptions = {}): CostEstimate {
  const prices = options.prices ?? PRICE_TABLE;
  const freeTier = options.freeTier ?? true;
  const scale = options.trafficScale !== undefined && Number.isFinite(options.trafficScale) && options.trafficScale >= 0 ? options.trafficScale : 1;
  const index = new DesignIndex(design, '');
  const flow = computeTrafficFlow(index, scale);
  const concurrency = computeConcurrencyBudget(index, flow);
  const month = prices.secondsPerMonth;

  const usages = index.functions.map((fn, i) => usageOf(fn, i, index, flow, concurrency, prices));
  const costs = lambdaCosts(usages, prices, lambdaFreeTier(prices, freeTier));
  const gross = freeTier ? lambdaCosts(usages, prices, lambdaFreeTier(prices, false)) : costs;

  const lines: CostLine[] = [];
  const line = (nodeId: string, charges: CostLine['charges'], extra: Partial<CostLine> = {}) => {
    const node = index.node(nodeId);
    if (!node) return;
    const monthlyUsd = charges.reduce((sum, c) => sum + c.usd, 0);
    lines.push({
      nodeId,
      name: node.name,
      kind: node.kind,
      kindLabel: getKind(node.kind)?.label ?? node.kind,
      monthlyUsd,
      explanation: charges.map((c) => c.explanation).join('; '),
      charges,
      monthlyUnits: (flow.nodes.get(nodeId)?.perSecond ?? 0) * month,
      unit: unitOf(node.kind),
      ...extra,
    });
  };

  index.functions.forEach((fn, i) => {
    const cost = costs[i];
    const usage = usages[i];
    if (!cost || !usage) return;
    const charges = usage.invocations > 0
      ? cost.charges
      : [{ label: 'Requests', usd: 0, explanation: 'No traffic reaches this function' }, ...cost.charges.filter((c) => c.usd > 0)];
    line(fn.id, charges, {
      function: {
        memoryMB: usage.memoryMB,
        vcpu: vcpuOf(usage.memoryMB),
        architecture: usage.architecture,
        invocationsPerMonth: usage.invocations,
        requestsPerMonth: cost.requests,
        billedDurationMs: cost.billedDurationMs,
        durationStated: functionDuration(fn).stated,
        gbSeconds: cost.gbSeconds,
        freeRequests: cost.freeRequests,
        freeGbSeconds: cost.freeGbSeconds,
        edge: usage.edge ?? false,
      },
    });
  });
  for (const service of serviceLines(index, flow, prices)) line(service.nodeId, service.charges);
  lines.sort((a, b) => b.monthlyUsd - a.monthlyUsd || a.name.localeCompare(b.name));
  const byKindMap = new Map<string, KindSubtotal>();
  for (const l of lines) {
    const sub = byKindMap.get(l.kind) ?? { kind: l.kind, label: l.kindLabel, monthlyUsd: 0, count: 0 };
    sub.monthlyUsd += l.monthlyUsd;
    sub.count += 1;
    byKindMap.set(l.kind, sub);
  }
  const untimed = index.functions.filter((fn, i) => !functionDuration(fn).stated && (usages[i]?.invocations ?? 0) > 0);
  const lambdaTotal = (list: typeof costs) => list.reduce((sum, c) => sum + c.totalUsd, 0);

  return {
    totalUsd: lines.reduce((sum, l) => sum + l.monthlyUsd, 0),
    lines,
    byKind: [...byKindMap.values()].sort((a, b) => b.monthlyUsd - a.monthlyUsd || a.label.localeCompare(b.label)),
    notes: notesFor(index, flow, prices, freeTier, untimed),
    concurrency,
    trafficStated: flow.stated,
    trafficScale: scale,
    freeTier: {
      enabled: freeTier,
      requests: costs.reduce((sum, c) => sum + c.freeRequests, 0),
      gbSeconds: costs.reduce((sum, c) => sum + c.freeGbSeconds, 0),
      savedUsd: lambdaTotal(gross) - lambdaTotal(costs),
    },
    prices: { asOf: prices.asOf, region: prices.region, currency: prices.currency, secondsPerMonth: prices.secondsPerMonth },
  };
}
