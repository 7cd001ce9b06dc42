import type { PriceTier } from './price-table';

/** What `units` cost a month under tiered prices (bands cumulative from zero). */
export function tieredCost(units: number, tiers: readonly PriceTier[]): number {
  let cost = 0;
  let from = 0;
  for (const tier of tiers) {
    if (units <= from) break;
    const to = tier.upTo === null ? units : Math.min(units, tier.upTo);
    cost += (to - from) * tier.usdPerUnit;
    if (tier.upTo === null) break;
    from = tier.upTo;
  }
  return cost;
}

/** The first band's price: what every unit costs while the total stays within it. */
export function firstTierPrice(tiers: readonly PriceTier[]): number {
  return tiers[0]?.usdPerUnit ?? 0;
}

/**
 * The price per unit for a share of an account-wide total: the first band's price while the total
 * fits in it, else the blended price (tiered cost of the total ÷ the total), which is how lines of
 * one tiered bill are shared out.
 */
export function unitPriceWithin(total: number, tiers: readonly PriceTier[]): { usdPerUnit: number; blended: boolean } {
  const first = tiers[0];
  if (!first || first.upTo === null || total <= first.upTo || total <= 0) return { usdPerUnit: firstTierPrice(tiers), blended: false };
  return { usdPerUnit: tieredCost(total, tiers) / total, blended: true };
}
