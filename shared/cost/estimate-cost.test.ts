import { describe, expect, it } from 'vitest';
import { DesignBuilder } from '../rules/testing/design-builder';
import { estimateCost } from './estimate-cost';
import { formatUsd } from './format';

const cents = (usd: number) => Math.round(usd * 100) / 100;

function lineOf(estimate: ReturnType<typeof estimateCost>, id: string) {
  const found = estimate.lines.find((l) => l.nodeId === id);
  if (!found) throw new Error(`no line for ${id}`);
  return found;
}

describe('estimateCost', () => {
  it('costs nothing, and says why, when no traffic is stated', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api'), b.fn('handler'), 'invoke-sync');
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping');
    const estimate = estimateCost(b.build());
    expect(estimate.totalUsd).toBe(0);
    expect(estimate.trafficStated).toBe(false);
    expect(estimate.notes[0]).toMatch(/^No traffic stated/);
    expect(lineOf(estimate, 'handler').explanation).toBe('No traffic reaches this function');
    expect(lineOf(estimate, 'api').explanation).toBe('No traffic reaches it');
    expect(estimate.concurrency.functions.map((f) => f.status)).toEqual(['no-traffic', 'no-traffic']);
  });

  it('explains every figure: 1 request/s for a month at 200 ms and 512 MB, free tier off', () => {
    const b = new DesignBuilder();
    b.fn('api-fn', { memorySize: 512, traffic: { averageDurationMs: 200, rate: 1 } });
    const estimate = estimateCost(b.build(), { freeTier: false });
    const line = lineOf(estimate, 'api-fn');
    expect(line.explanation).toBe('2,592,000 requests × $0.20/M = $0.52; 2,592,000 × 0.2 s × 0.5 GB = 259,200 GB-s × $0.0000166667 = $4.32');
    expect(cents(line.monthlyUsd)).toBe(4.84);
    expect(line.function).toMatchObject({ invocationsPerMonth: 2_592_000, billedDurationMs: 200, gbSeconds: 259_200, memoryMB: 512 });
    expect(line.function?.vcpu).toBeCloseTo(512 / 1769, 12);
  });

  it('reproduces AWS’s mobile backend example from a design: $2.73 with the free tier', () => {
    const b = new DesignBuilder();
    b.fn('orders', { memorySize: 1536, traffic: { averageDurationMs: 120, rate: 3_000_000, per: 'month' } });
    const estimate = estimateCost(b.build());
    expect(formatUsd(estimate.totalUsd)).toBe('$2.73');
    expect(lineOf(estimate, 'orders').explanation).toBe(
      '3,000,000 requests − 1,000,000 free = 2,000,000 × $0.20/M = $0.40; 3,000,000 × 0.12 s × 1.5 GB = 540,000 GB-s − 400,000 free = 140,000 GB-s × $0.0000166667 = $2.33',
    );
    expect(estimate.freeTier).toMatchObject({ enabled: true, requests: 1_000_000, gbSeconds: 400_000 });
    expect(cents(estimate.freeTier.savedUsd)).toBe(6.87);
  });

  it('prices the triggers and destinations around the functions', () => {
    const b = new DesignBuilder();
    b.node('api-gateway-rest', 'rest', { traffic: { rate: 1_000_000, per: 'month' } });
    b.node('api-gateway-http', 'http', { traffic: { rate: 1_000_000, per: 'month', messageSizeKB: 600 } });
    b.node('sqs-queue', 'jobs', { traffic: { rate: 1_000_000, per: 'month', messageSizeKB: 100 } });
    b.node('sqs-queue', 'orders', { fifo: true, traffic: { rate: 1_000_000, per: 'month' } });
    b.node('sns-topic', 'topic', { traffic: { rate: 2_000_000, per: 'month' } });
    b.node('eventbridge-bus', 'bus', { traffic: { rate: 1_000_000, per: 'month' } });
    b.node('kinesis-stream', 'stream', { shardCount: 2, traffic: { rate: 1_000_000, per: 'month', messageSizeKB: 30 } });
    b.node('step-functions', 'flow', { traffic: { rate: 100_000, per: 'month', transitionsPerExecution: 5 } });
    b.node('eventbridge-schedule', 'nightly', { scheduleExpression: 'cron(0 3 * * ? *)' });
    b.node('s3-bucket', 'uploads', { traffic: { rate: 10 } });
    const estimate = estimateCost(b.build());
    const usd = (id: string) => cents(lineOf(estimate, id).monthlyUsd);
    expect(usd('rest')).toBe(3.5);
    expect(lineOf(estimate, 'http').explanation).toBe('1,000,000 requests × 2 512 KB steps = 2,000,000 × $1.00/M = $2.00');
    expect(lineOf(estimate, 'jobs').explanation).toBe('1,000,000 messages sent × 2 chunks of 64 KB = 2,000,000 requests × $0.40/M = $0.80');
    expect(usd('orders')).toBe(0.5);
    expect(usd('topic')).toBe(1);
    expect(usd('bus')).toBe(1);
    // 2 shards × 720 h × $0.015 = $21.60; 1M records × 2 payload units × $0.014/M = $0.028.
    expect(lineOf(estimate, 'stream').charges.map((c) => cents(c.usd))).toEqual([21.6, 0.03]);
    expect(lineOf(estimate, 'flow').explanation).toBe('100,000 executions × 5 transitions (stated) = 500,000 × $0.025/1,000 = $12.50');
    expect(lineOf(estimate, 'nightly').explanation).toBe('30 invocations × $1.00/M = $0.00003');
    expect(lineOf(estimate, 'uploads')).toMatchObject({ monthlyUsd: 0, explanation: '10 object events/s: S3 event notifications are free; S3 requests and storage are left out' });
    expect(estimate.byKind[0]).toMatchObject({ kind: 'kinesis-stream', count: 1 });
    expect(estimate.notes).toContain('Data transfer (to the internet, between Regions, through NAT gateways) is left out.');
  });

  it('counts SQS polling: a receive and a delete per batch', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'jobs', { traffic: { rate: 1_000_000, per: 'month' } }), b.fn('worker', { traffic: { averageDurationMs: 100 } }), 'event-source-mapping', { batchSize: 10 });
    const estimate = estimateCost(b.build());
    expect(lineOf(estimate, 'jobs').explanation).toBe('1,000,000 messages sent + 100,000 batches × 2 (receive, delete) = 1,200,000 requests × $0.40/M = $0.48');
    expect(lineOf(estimate, 'worker').function?.invocationsPerMonth).toBe(100_000);
  });

  it('prices provisioned concurrency all month, serving the share of duration it covers', () => {
    const b = new DesignBuilder();
    // 50 requests/s × 250 ms = 12.5 concurrent; 10 provisioned serve 80% of the duration.
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 50 } }), b.fn('checkout', { memorySize: 1024, provisionedConcurrency: 10, alias: 'live', traffic: { averageDurationMs: 250 } }), 'invoke-sync');
    const line = lineOf(estimateCost(b.build(), { freeTier: false }), 'checkout');
    const charge = (label: string) => line.charges.find((c) => c.label === label);
    expect(charge('Provisioned concurrency')?.explanation).toBe('10 × 1 GB × 2,592,000 s = 25,920,000 GB-s × $0.0000041667 = $108.00');
    expect(charge('Duration on provisioned environments')?.explanation).toBe('80% of 32,400,000 GB-s = 25,920,000 GB-s × $0.0000097222 = $252.00');
    expect(charge('Duration')?.explanation).toBe('129,600,000 × 0.25 s × 1 GB = 32,400,000 GB-s; 20% on demand = 6,480,000 GB-s × $0.0000166667 = $108.00');
  });

  it('charges more requests for asynchronous events above 256 KB', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sns-topic', 'big', { traffic: { rate: 1_000_000, per: 'month', messageSizeKB: 300 } }), b.fn('reader', { traffic: { averageDurationMs: 10 } }), 'invoke-async');
    const line = lineOf(estimateCost(b.build(), { freeTier: false }), 'reader');
    expect(line.charges[0]?.explanation).toBe('1,000,000 invocations + 1,000,000 for events above 256 KB = 2,000,000 requests × $0.20/M = $0.40');
  });

  it('uses Lambda@Edge prices for functions CloudFront triggers', () => {
    const b = new DesignBuilder();
    b.edge(b.node('cloudfront', 'cdn', { traffic: { rate: 10_000_000, per: 'month' } }), b.fn('edge', { traffic: { averageDurationMs: 10 } }), 'invoke-sync');
    const line = lineOf(estimateCost(b.build()), 'edge');
    expect(formatUsd(line.monthlyUsd)).toBe('$6.63');
    expect(line.function?.edge).toBe(true);
  });

  it('scales stated traffic for what-if questions', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 1_000_000, per: 'month' } }), b.fn('handler', { traffic: { averageDurationMs: 100 } }), 'invoke-sync');
    const design = b.build();
    const base = estimateCost(design, { freeTier: false });
    const tenfold = estimateCost(design, { freeTier: false, trafficScale: 10 });
    expect(cents(tenfold.totalUsd)).toBe(cents(base.totalUsd * 10));
    expect(tenfold.trafficScale).toBe(10);
    expect(tenfold.notes.join(' ')).toContain('× 10');
  });
});
