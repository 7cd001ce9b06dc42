/**
 * What a design will cost per month, and whether it fits the account's concurrency.
 *
 * ```ts
 * import { estimateCost, costCsv, formatUsd } from '../shared/cost';
 * const estimate = estimateCost(design, { freeTier: true, trafficScale: 1 });
 * estimate.totalUsd;                 // 12.345… (full precision: format with formatUsd → "$12.35")
 * estimate.lines[0];                 // the most expensive component:
 *   // { nodeId, name, kind, kindLabel, monthlyUsd, explanation, charges: [{ label, usd, explanation }],
 *   //   monthlyUnits, unit, function?: { memoryMB, vcpu, billedDurationMs, gbSeconds, ... } }
 * estimate.byKind;                   // [{ kind, label, monthlyUsd, count }], most expensive first
 * estimate.concurrency.functions;    // per function: expected concurrency, limit, status, explanation
 * estimate.concurrency.account;      // the account limit, reservations and the unreserved pool
 * estimate.notes;                    // what was assumed or left out (data transfer, other free tiers…)
 * estimate.trafficStated;            // false: nothing states a load; notes[0] says how to give one
 * costCsv(estimate);                 // the breakdown as RFC 4180 CSV
 * ```
 *
 * Inputs, all in the design: each trigger's `traffic` group (expected load per second … month,
 * message size, FIFO message groups, workflow transitions), each function's `traffic` group
 * (average duration, direct invocations) and its memory, architecture, ephemeral storage, reserved
 * and provisioned concurrency; edges carry batch sizes, parallelization factors and maximum
 * concurrency; `design.settings.accountConcurrencyLimit` bounds the account.
 *
 * Pure: no I/O, no clock. Prices come from PRICE_TABLE (us-east-1, on-demand, with its `asOf` date and
 * a source URL per figure) unless `options.prices` replaces it. A month is 30 days.
 *
 * Node badges: look a node's line up by `nodeId` (every function and priced component has one).
 * What-if slider: call again with `trafficScale` from 0.1 to 100; schedules keep their rate.
 */
export { estimateCost } from './estimate-cost';
export type { CostCharge, CostEstimate, CostLine, EstimateOptions, FunctionCostDetails, KindSubtotal } from './estimate-cost';
export { costCsv, csvField } from './cost-csv';
export type { AccountConcurrency, ConcurrencyBudget, ConcurrencyStatus, FunctionConcurrency, SourceConcurrency } from './concurrency-budget';
export { computeConcurrencyBudget, functionDuration, SQS_MAX_CONCURRENT_BATCHES } from './concurrency-budget';
export { computeTrafficFlow, formatRate } from './traffic-flow';
export type { FlowModel, InvocationFlow, NodeFlow, TrafficFlow } from './traffic-flow';
export { billedDurationMs, gbSecondsOf, lambdaCosts, vcpuOf } from './function-cost';
export type { LambdaCharge, LambdaUsage, LambdaUsageCost } from './function-cost';
export { freeSecondsAt, lambdaFreeTier, shareAllowance } from './free-tier';
export { PRICE_TABLE } from './price-table';
export type { PriceSource, PriceTable, PriceTier } from './price-table';
export { scheduleRate } from './schedule-rate';
export { formatCount, formatPrice, formatUsd } from './format';
