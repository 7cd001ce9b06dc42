import { describe, expect, it } from 'vitest';
import { freeSecondsAt, lambdaFreeTier } from './free-tier';
import { billedDurationMs, gbSecondsOf, lambdaCosts, type LambdaUsage, vcpuOf } from './function-cost';
import { PRICE_TABLE, type PriceTable } from './price-table';
import { tieredCost } from './tiered-price';

const cents = (usd: number) => Math.round(usd * 100) / 100;
const FREE = lambdaFreeTier(PRICE_TABLE, true);
const NO_FREE = lambdaFreeTier(PRICE_TABLE, false);

function usage(more: Partial<LambdaUsage>): LambdaUsage {
  return { id: 'fn', architecture: 'x86_64', memoryMB: 128, ephemeralMB: 512, invocations: 0, durationMs: 1, ...more };
}

function one(u: Partial<LambdaUsage>, allowance = FREE, prices: PriceTable = PRICE_TABLE) {
  const [cost] = lambdaCosts([usage(u)], prices, allowance);
  if (!cost) throw new Error('no cost');
  return cost;
}

/** The prices of the Lambda pricing page before December 2020: $0.00001667 per GB-s. */
const PRICES_2019: PriceTable = {
  ...PRICE_TABLE,
  lambda: { ...PRICE_TABLE.lambda, duration: { ...PRICE_TABLE.lambda.duration, x86_64: [{ upTo: null, usdPerUnit: 0.00001667 }] } },
};

describe('the seed notes’ worked examples', () => {
  it('400,000 GB-s free = 400,000 s at 1 GB = 3,200,000 s at 128 MB', () => {
    expect(freeSecondsAt(1024, FREE)).toBe(400_000);
    expect(freeSecondsAt(128, FREE)).toBe(3_200_000);
    // 3,200,000 s at 128 MB: 32M invocations of 100 ms use the free GB-seconds exactly.
    const at128 = one({ memoryMB: 128, invocations: 32_000_000, durationMs: 100 });
    expect(at128.gbSeconds).toBe(400_000);
    expect(at128.freeGbSeconds).toBe(400_000);
    expect(at128.durationUsd).toBe(0);
    const at1GB = one({ memoryMB: 1024, invocations: 400_000, durationMs: 1000 });
    expect(at1GB.gbSeconds).toBe(400_000);
    expect(at1GB.durationUsd).toBe(0);
  });

  it('$0.20 per 1M requests after the first 1M ($0.0000002 a request)', () => {
    expect(one({ invocations: 1_000_000 }).requestUsd).toBe(0);
    expect(one({ invocations: 2_000_000 }).requestUsd).toBeCloseTo(0.2, 12);
    expect(one({ invocations: 1_000_001 }).requestUsd).toBeCloseTo(0.0000002, 15);
  });

  it('bills duration by the millisecond, rounded up', () => {
    expect(billedDurationMs(120)).toBe(120);
    expect(billedDurationMs(120.2)).toBe(121);
    expect(billedDurationMs(0.3)).toBe(1);
    expect(gbSecondsOf(1000, 27.4, 1024)).toBeCloseTo(28, 9);
    expect(vcpuOf(1769)).toBe(1);
  });
});

describe('AWS’s published Lambda pricing examples, to the cent', () => {
  it('mobile application backend: 3M requests, 120 ms, 1,536 MB x86 → $2.33 + $0.40 = $2.73', () => {
    const cost = one({ memoryMB: 1536, invocations: 3_000_000, durationMs: 120 });
    expect(cost.gbSeconds).toBe(540_000);
    expect(cents(cost.durationUsd)).toBe(2.33);
    expect(cents(cost.requestUsd)).toBe(0.4);
    expect(cents(cost.totalUsd)).toBe(2.73);
    expect(cost.charges[0]?.explanation).toBe('3,000,000 requests − 1,000,000 free = 2,000,000 × $0.20/M = $0.40');
    expect(cost.charges[1]?.explanation).toBe('3,000,000 × 0.12 s × 1.5 GB = 540,000 GB-s − 400,000 free = 140,000 GB-s × $0.0000166667 = $2.33');
  });

  it('streaming telemetry: 7.44M messages, 2 s at 1 GB, no free tier → $1.49 + $248.00 = $249.49', () => {
    const cost = one({ memoryMB: 1024, invocations: 10_000 * 24 * 31, durationMs: 2000 }, NO_FREE);
    expect(cost.gbSeconds).toBe(14_880_000);
    expect(cents(cost.requestUsd)).toBe(1.49);
    expect(cents(cost.durationUsd)).toBe(248.0);
    expect(cents(cost.totalUsd)).toBe(249.49);
  });

  it('ML on support tickets: 6M × 280 ms at 4,096 MB with 2,048 MB of ephemeral storage → $105.33 + $1 + $0.08 = $106.41', () => {
    const cost = one({ memoryMB: 4096, ephemeralMB: 2048, invocations: 6_000_000, durationMs: 280 });
    expect(cost.gbSeconds).toBe(6_720_000);
    expect(cents(cost.durationUsd)).toBe(105.33);
    expect(cents(cost.requestUsd)).toBe(1);
    expect(cost.ephemeralGbSeconds).toBe(2_520_000);
    expect(cents(cost.ephemeralUsd)).toBe(0.08);
    expect(cents(cost.totalUsd)).toBe(106.41);
  });

  it('provisioned concurrency at a launch: 100 × 1,536 MB for 8 h, 0.5M requests at 100 ms on it, 2.5M at 120 ms on demand → $19.96', () => {
    const [launch, rest] = lambdaCosts([
      usage({ id: 'launch', memoryMB: 1536, invocations: 500_000, durationMs: 100, provisioned: { concurrency: 100, seconds: 8 * 3600, share: 1 } }),
      usage({ id: 'rest', memoryMB: 1536, invocations: 2_500_000, durationMs: 120 }),
    ], PRICE_TABLE, FREE);
    if (!launch || !rest) throw new Error('missing');
    expect(launch.provisionedGbSeconds).toBe(4_320_000);
    expect(cents(launch.provisionedUsd)).toBe(18);
    expect(cents(launch.provisionedDurationUsd)).toBe(0.73);
    expect(cents(launch.requestUsd + rest.requestUsd)).toBe(0.4);
    expect(rest.onDemandGbSeconds - rest.freeGbSeconds).toBe(50_000);
    expect(cents(rest.durationUsd)).toBe(0.83);
    expect(launch.durationUsd).toBe(0);
    expect(cents(launch.totalUsd + rest.totalUsd)).toBe(19.96);
  });

  it('provisioned concurrency on Cyber Monday: 7 × 4,096 MB for 24 h, 2M requests at 280 ms → $10.08 + $21.78 + $0.40 = $32.26', () => {
    const cost = one({ memoryMB: 4096, invocations: 2_000_000, durationMs: 280, provisioned: { concurrency: 7, seconds: 86_400, share: 1 } }, NO_FREE);
    expect(cost.provisionedGbSeconds).toBe(2_419_200);
    expect(cents(cost.provisionedUsd)).toBe(10.08);
    expect(cost.provisionedDurationGbSeconds).toBe(2_240_000);
    expect(cents(cost.provisionedDurationUsd)).toBe(21.78);
    expect(cents(cost.requestUsd)).toBe(0.4);
    expect(cents(cost.totalUsd)).toBe(32.26);
  });

  it('Lambda@Edge: 10M × 10 ms at 128 MB → $0.63 + $6.00 = $6.63', () => {
    const cost = one({ memoryMB: 128, invocations: 10_000_000, durationMs: 10, edge: true });
    expect(cents(cost.durationUsd)).toBe(0.63);
    expect(cents(cost.requestUsd)).toBe(6);
    expect(cents(cost.totalUsd)).toBe(6.63);
    expect(cost.freeRequests).toBe(0);
  });

  it('the pre-2020 page: 512 MB, 3M × 1 s → $18.74; 128 MB, 30M × 200 ms → $11.63 (at $0.00001667 per GB-s)', () => {
    const first = one({ memoryMB: 512, invocations: 3_000_000, durationMs: 1000 }, FREE, PRICES_2019);
    expect(first.gbSeconds).toBe(1_500_000);
    expect(cents(first.durationUsd)).toBe(18.34);
    expect(cents(first.totalUsd)).toBe(18.74);
    const second = one({ memoryMB: 128, invocations: 30_000_000, durationMs: 200 }, FREE, PRICES_2019);
    expect(second.gbSeconds).toBe(750_000);
    expect(cents(second.durationUsd)).toBe(5.83);
    expect(cents(second.requestUsd)).toBe(5.8);
    expect(cents(second.totalUsd)).toBe(11.63);
  });
});

describe('tiers and architectures', () => {
  it('prices arm64 at $0.0000133334 per GB-s', () => {
    const cost = one({ architecture: 'arm64', memoryMB: 1536, invocations: 3_000_000, durationMs: 120 });
    expect(cents(cost.durationUsd)).toBe(1.87);
  });

  it('applies the x86 tiers to the account’s total: 9B GB-s cost 6B at the first price and 3B 10% less', () => {
    expect(tieredCost(9e9, PRICE_TABLE.lambda.duration.x86_64)).toBeCloseTo(6e9 * 0.0000166667 + 3e9 * 0.000015, 3);
    // 75M invocations of 60 s at 2 GB (AWS's tiered pricing example): 9 billion GB-s.
    const cost = one({ memoryMB: 2048, invocations: 75_000_000, durationMs: 60_000 }, NO_FREE);
    expect(cost.gbSeconds).toBe(9e9);
    expect(cost.blendedTierPrice).toBe(true);
    expect(cents(cost.durationUsd)).toBe(cents(6e9 * 0.0000166667 + 3e9 * 0.000015));
  });

  it('shares the free tier between functions in proportion to their use', () => {
    const [a, b] = lambdaCosts([
      usage({ id: 'a', invocations: 3_000_000, durationMs: 100, memoryMB: 1024 }),
      usage({ id: 'b', invocations: 1_000_000, durationMs: 100, memoryMB: 1024 }),
    ], PRICE_TABLE, FREE);
    expect(a?.freeRequests).toBe(750_000);
    expect(b?.freeRequests).toBe(250_000);
    expect((a?.freeGbSeconds ?? 0) + (b?.freeGbSeconds ?? 0)).toBeCloseTo(400_000, 6);
    expect(cents((a?.requestUsd ?? 0) + (b?.requestUsd ?? 0))).toBe(0.6);
  });
});
