import type { PriceTable } from './price-table';

/**
 * The Lambda free tier: 1M requests and 400,000 GB-seconds a month, for the whole account (both
 * architectures together). 400,000 GB-s is 400,000 s at 1 GB, or 3,200,000 s at 128 MB. It does not
 * cover Lambda@Edge, provisioned concurrency or ephemeral storage. The user can switch it off (an
 * account whose free tier other workloads already use, or an organisation's second account).
 */
export interface FreeTierAllowance {
  requests: number;
  gbSeconds: number;
}

/** The allowance the estimate applies: none when switched off. */
export function lambdaFreeTier(prices: PriceTable, enabled: boolean): FreeTierAllowance {
  return enabled ? { ...prices.lambda.freeTier } : { requests: 0, gbSeconds: 0 };
}

/** Seconds of compute the free GB-seconds buy at a memory size: 400,000 GB-s at 128 MB is 3,200,000 s. */
export function freeSecondsAt(memoryMB: number, allowance: FreeTierAllowance): number {
  return allowance.gbSeconds / (memoryMB / 1024);
}

/**
 * Shares an account-wide allowance out over usages in proportion to their size, so that each line
 * of the estimate carries its part and the lines add up to the bill: with 3M requests against 1M
 * free, every function gets a third of its requests free.
 */
export function shareAllowance(amounts: readonly number[], allowance: number): number[] {
  const total = amounts.reduce((sum, a) => sum + Math.max(0, a), 0);
  if (total <= 0 || allowance <= 0) return amounts.map(() => 0);
  const fraction = Math.min(1, allowance / total);
  return amounts.map((a) => Math.max(0, a) * fraction);
}
