import { ruleCase } from '../testing/rule-cases';
import { expectedConcurrency } from './expected-concurrency';
import { provisionedExceedsReserved } from './provisioned-exceeds-reserved';
import { provisionedNeedsAlias } from './provisioned-needs-alias';
import { reservationStarvesOthers } from './reservation-starves-others';
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
  ruleCase(expectedConcurrency, '300 requests/s × 500 ms against a reservation of 100', (b, broken) => {
    b.node('api-gateway-http', 'api', { traffic: { rate: broken ? 300 : 200 } });
    b.edge('api', b.fn('checkout', { reservedConcurrency: 100, traffic: { averageDurationMs: 500 } }), 'invoke-sync');
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('150 concurrent executions') || f.fix?.changes[0]?.value !== 150) throw new Error(`expected 150 concurrent and a fix reserving 150: ${f?.message}`);
    },
  }),
  ruleCase(expectedConcurrency, 'a queue whose batches outrun the reservation', (b, broken) => {
    b.node('sqs-queue', 'jobs', { traffic: { rate: 1000 } });
    b.edge('jobs', b.fn('worker', { reservedConcurrency: 50, traffic: { averageDurationMs: broken ? 800 : 500 } }), 'event-source-mapping', { batchSize: 10 });
  }),
  ruleCase(expectedConcurrency, 'unreserved functions needing more than the account limit', (b, broken) => {
    b.node('api-gateway-http', 'api', { traffic: { rate: broken ? 2400 : 1600 } });
    b.edge('api', b.fn('search', { traffic: { averageDurationMs: 500 } }), 'invoke-sync');
  }),
  ruleCase(reservationStarvesOthers, 'a reservation of 800 for a function using 50 while another needs 300', (b, broken) => {
    b.node('sqs-queue', 'batch-jobs', { traffic: { rate: 100 } });
    b.edge('batch-jobs', b.fn('batch', { reservedConcurrency: broken ? 800 : 600, traffic: { averageDurationMs: 5000 } }), 'event-source-mapping', { batchSize: 10 });
    b.node('api-gateway-http', 'api', { traffic: { rate: 600 } });
    b.edge('api', b.fn('web', { traffic: { averageDurationMs: 500 } }), 'invoke-sync');
  }, {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 700) throw new Error(`expected a fix reserving 700 (800 − the 100 short): ${JSON.stringify(f?.fix)}`);
    },
  }),
];
