import { type FreeTierAllowance, shareAllowance } from './free-tier';
import { formatCount, formatDecimal, formatGb, formatPerMillion, formatPrice, formatSeconds, formatUsd } from './format';
import type { Architecture, PriceTable } from './price-table';
import { unitPriceWithin } from './tiered-price';

/** One function's month on Lambda: what the bill is computed from. */
export interface LambdaUsage {
  /** Matches the result back (the node id in an estimate). */
  id: string;
  architecture: Architecture;
  memoryMB: number;
  /** Size of /tmp; what is above 512 MB is billed. */
  ephemeralMB: number;
  /** Invocations in the month. */
  invocations: number;
  /** Further requests billed for asynchronous events above 256 KB (one per 64 KB chunk). */
  extraRequests?: number;
  /** Average run time of one invocation, before Lambda rounds it up to the millisecond. */
  durationMs: number;
  /** Lambda@Edge: its own prices, no free tier. */
  edge?: boolean;
  /**
   * Provisioned concurrency: environments kept warm for `seconds` of the month, and the share of
   * the invocations' duration they serve (the rest overflows to on-demand prices).
   */
  provisioned?: { concurrency: number; seconds: number; share: number };
}

/** One priced part of a function's bill, with the computation a reviewer can redo by hand. */
export interface LambdaCharge {
  label: 'Requests' | 'Duration' | 'Duration on provisioned environments' | 'Provisioned concurrency' | 'Ephemeral storage';
  usd: number;
  explanation: string;
}

export interface LambdaUsageCost {
  id: string;
  requests: number;
  freeRequests: number;
  requestUsd: number;
  /** The average duration rounded up to the millisecond, as Lambda bills it. */
  billedDurationMs: number;
  /** Every invocation's duration × memory. */
  gbSeconds: number;
  onDemandGbSeconds: number;
  freeGbSeconds: number;
  durationUsd: number;
  /** Price per on-demand GB-s applied: the first tier's, or a blend when the account's total crosses tiers. */
  durationUsdPerGbSecond: number;
  blendedTierPrice: boolean;
  provisionedGbSeconds: number;
  provisionedUsd: number;
  provisionedDurationGbSeconds: number;
  provisionedDurationUsd: number;
  ephemeralGbSeconds: number;
  ephemeralUsd: number;
  totalUsd: number;
  charges: LambdaCharge[];
}

/** Lambda bills duration rounded up to the nearest millisecond (since December 2020), at least 1 ms. */
export function billedDurationMs(durationMs: number): number {
  return Math.max(1, Math.ceil(Math.round(durationMs * 1e6) / 1e6));
}

/** Duration × memory: invocations × billed seconds × GB. */
export function gbSecondsOf(invocations: number, durationMs: number, memoryMB: number): number {
  return (invocations * billedDurationMs(durationMs) * memoryMB) / 1_024_000;
}

/** Share of a vCPU the memory setting buys: 1,769 MB is one full vCPU. */
export function vcpuOf(memoryMB: number): number {
  return memoryMB / 1769;
}

const clamp01 = (v: number) => Math.min(1, Math.max(0, v));
const percent = (share: number) => `${formatDecimal(share * 100, 1)}%`;

/**
 * The Lambda bill of a set of functions for a month, each with its share of the account-wide free
 * tier (in proportion to its requests and on-demand GB-seconds) and of the duration tiers (which
 * apply to each architecture's total).
 */
export function lambdaCosts(usages: readonly LambdaUsage[], prices: PriceTable, allowance: FreeTierAllowance): LambdaUsageCost[] {
  const p = prices.lambda;
  const shaped = usages.map((u) => {
    const billed = billedDurationMs(u.durationMs);
    // Multiplied out before dividing, so that whole inputs give whole GB-seconds.
    const seconds = (u.invocations * billed) / 1000;
    const gbSeconds = (u.invocations * billed * u.memoryMB) / 1_024_000;
    const share = u.edge ? 0 : clamp01(u.provisioned?.share ?? 0);
    return {
      u,
      billed,
      seconds,
      gbSeconds,
      share,
      requests: u.invocations + (u.extraRequests ?? 0),
      onDemandGbSeconds: gbSeconds * (1 - share),
      provisionedDurationGbSeconds: gbSeconds * share,
    };
  });
  const freeRequests = shareAllowance(shaped.map((s) => (s.u.edge ? 0 : s.requests)), allowance.requests);
  const freeGbSeconds = shareAllowance(shaped.map((s) => (s.u.edge ? 0 : s.onDemandGbSeconds)), allowance.gbSeconds);
  const billableByArch: Record<Architecture, number> = { x86_64: 0, arm64: 0 };
  shaped.forEach((s, i) => {
    if (!s.u.edge) billableByArch[s.u.architecture] += s.onDemandGbSeconds - (freeGbSeconds[i] ?? 0);
  });
  const unitPrice = {
    x86_64: unitPriceWithin(billableByArch.x86_64, p.duration.x86_64),
    arm64: unitPriceWithin(billableByArch.arm64, p.duration.arm64),
  };

  return shaped.map((s, i) => {
    const { u } = s;
    const charges: LambdaCharge[] = [];
    const freeReq = freeRequests[i] ?? 0;
    const freeGbs = freeGbSeconds[i] ?? 0;
    const requestPrice = (u.edge ? p.edge.requestUsdPerMillion : p.requestUsdPerMillion) / 1e6;
    const billableRequests = s.requests - freeReq;
    const requestUsd = billableRequests * requestPrice;
    const requestCount = u.extraRequests
      ? `${formatCount(u.invocations)} invocations + ${formatCount(u.extraRequests)} for events above ${p.asyncEventFreeKB} KB = ${formatCount(s.requests)} requests`
      : `${formatCount(s.requests)} requests`;
    charges.push({
      label: 'Requests',
      usd: requestUsd,
      explanation: `${requestCount}${freeReq > 0 ? ` − ${formatCount(freeReq)} free = ${formatCount(billableRequests)}` : ''} × ${formatPerMillion(requestPrice)}${u.edge ? ' (Lambda@Edge)' : ''} = ${formatUsd(requestUsd)}`,
    });

    const usage = `${formatCount(u.invocations)} × ${formatSeconds(s.billed)} × ${formatGb(u.memoryMB)} = ${formatCount(s.gbSeconds)} GB-s`;
    let durationUsd: number;
    let durationPrice: number;
    let blended = false;
    if (u.edge) {
      durationPrice = p.edge.durationUsdPerGbSecond;
      durationUsd = s.gbSeconds * durationPrice;
      charges.push({ label: 'Duration', usd: durationUsd, explanation: `${usage} × ${formatPrice(durationPrice)} (Lambda@Edge) = ${formatUsd(durationUsd)}` });
    } else {
      ({ usdPerUnit: durationPrice, blended } = unitPrice[u.architecture]);
      const billable = s.onDemandGbSeconds - freeGbs;
      durationUsd = billable * durationPrice;
      const onDemand = s.share > 0 ? `${usage}; ${percent(1 - s.share)} on demand = ${formatCount(s.onDemandGbSeconds)} GB-s` : usage;
      const free = freeGbs > 0 ? ` − ${formatCount(freeGbs)} free = ${formatCount(billable)} GB-s` : '';
      const rate = `${formatPrice(durationPrice)}${blended ? ` (${u.architecture} tiers blended over the account’s GB-s)` : ''}`;
      // All of it on provisioned environments: the on-demand part is nothing to show.
      if (s.share < 1 || s.gbSeconds === 0) charges.push({ label: 'Duration', usd: durationUsd, explanation: `${onDemand}${free} × ${rate} = ${formatUsd(durationUsd)}` });
    }

    let provisionedGbSeconds = 0;
    let provisionedUsd = 0;
    let provisionedDurationUsd = 0;
    if (!u.edge && u.provisioned && u.provisioned.concurrency > 0) {
      const { concurrency, seconds } = u.provisioned;
      provisionedGbSeconds = (concurrency * u.memoryMB * seconds) / 1024;
      const price = p.provisionedUsdPerGbSecond[u.architecture];
      provisionedUsd = provisionedGbSeconds * price;
      charges.push({
        label: 'Provisioned concurrency',
        usd: provisionedUsd,
        explanation: `${formatCount(concurrency)} × ${formatGb(u.memoryMB)} × ${formatCount(seconds)} s = ${formatCount(provisionedGbSeconds)} GB-s × ${formatPrice(price)} = ${formatUsd(provisionedUsd)}`,
      });
      if (s.provisionedDurationGbSeconds > 0) {
        const durationPriceOnPc = p.provisionedDurationUsdPerGbSecond[u.architecture];
        provisionedDurationUsd = s.provisionedDurationGbSeconds * durationPriceOnPc;
        charges.push({
          label: 'Duration on provisioned environments',
          usd: provisionedDurationUsd,
          explanation: `${s.share < 1 ? `${percent(s.share)} of ${formatCount(s.gbSeconds)} GB-s = ${formatCount(s.provisionedDurationGbSeconds)} GB-s` : `${usage}, all on provisioned environments,`} × ${formatPrice(durationPriceOnPc)} = ${formatUsd(provisionedDurationUsd)}`,
        });
      }
    }

    const extraMB = Math.max(0, u.ephemeralMB - p.freeEphemeralMB);
    const ephemeralGbSeconds = (u.invocations * s.billed * extraMB) / 1_024_000;
    const ephemeralUsd = ephemeralGbSeconds * p.ephemeralUsdPerGbSecond;
    if (extraMB > 0 && s.seconds > 0) {
      charges.push({
        label: 'Ephemeral storage',
        usd: ephemeralUsd,
        explanation: `${formatGb(extraMB)} above ${p.freeEphemeralMB} MB × ${formatCount(s.seconds)} s = ${formatCount(ephemeralGbSeconds)} GB-s × ${formatPrice(p.ephemeralUsdPerGbSecond)} = ${formatUsd(ephemeralUsd)}`,
      });
    }

    return {
      id: u.id,
      requests: s.requests,
      freeRequests: freeReq,
      requestUsd,
      billedDurationMs: s.billed,
      gbSeconds: s.gbSeconds,
      onDemandGbSeconds: s.onDemandGbSeconds,
      freeGbSeconds: freeGbs,
      durationUsd,
      durationUsdPerGbSecond: durationPrice,
      blendedTierPrice: blended,
      provisionedGbSeconds,
      provisionedUsd,
      provisionedDurationGbSeconds: s.provisionedDurationGbSeconds,
      provisionedDurationUsd,
      ephemeralGbSeconds,
      ephemeralUsd,
      totalUsd: requestUsd + durationUsd + provisionedUsd + provisionedDurationUsd + ephemeralUsd,
      charges,
    };
  });
}
