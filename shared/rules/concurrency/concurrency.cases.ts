import { ruleCase } from '../testing/rule-cases';
import { provisionedExceedsReserved } from './provisioned-exceeds-reserved';
import { provisionedNeedsAlias } from './provisioned-needs-alias';
import { reservedZero } from './reserved-zero';
import { unreservedConcurrency } from './unreserved-concurrency';

export const CONCURRENCY_CASES = [
  ruleCase(unreservedConcurrency, 'reservations leaving fewer than 100 unreserved', (b, broken) => {
    b.fn('checkout', { reservedConcurrency: 600 });
    b.fn('search', { reservedConcurrency: broken ? 301 : 300 });
  }),
  ruleCase(unreservedConcurrency, 'provisioned concurrency eating a raised quota', (b, broken) => {
    b.settings({ accountConcurrencyLimit: 3000 });
    b.fn('checkout', { provisionedConcurrency: broken ? 2950 : 2900, alias: 'live' });
  }),
  ruleCase(provisionedExceedsReserved, 'provisioned above reserved', (b, broken) => void b.fn('checkout', { alias: 'live', reservedConcurrency: 50, provisionedConcurrency: broken ? 80 : 50 })),
  ruleCase(provisionedNeedsAlias, 'provisioned concurrency without an alias', (b, broken) => void b.fn('checkout', { provisionedConcurrency: 10, ...(broken ? {} : { alias: 'prod' }) })),
  ruleCase(reservedZero, 'reserved concurrency 0', (b, broken) => void b.fn('paused', { reservedConcurrency: broken ? 0 : 1 })),
];
