import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { DesignIndex } from '../rules/design-index';
import { DesignBuilder } from '../rules/testing/design-builder';
import { computeConcurrencyBudget } from './concurrency-budget';
import { computeTrafficFlow } from './traffic-flow';

function budgetOf(design: Design) {
  const index = new DesignIndex(design, '');
  return computeConcurrencyBudget(index, computeTrafficFlow(index));
}

function fnBudget(design: Design, id: string) {
  const found = budgetOf(design).functions.find((f) => f.nodeId === id);
  if (!found) throw new Error(`no budget for ${id}`);
  return found;
}

describe('concurrency budget (figures worked out by hand)', () => {
  it('100 requests/s × 250 ms = 25 concurrent executions: throttled by a reservation of 20', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 100 } }), b.fn('checkout', { reservedConcurrency: 20, traffic: { averageDurationMs: 250 } }), 'invoke-sync');
    const fn = fnBudget(b.build(), 'checkout');
    expect(fn.expected).toBe(25);
    expect(fn).toMatchObject({ limit: 20, limitKind: 'reserved', status: 'throttles' });
    expect(fn.utilization).toBe(1.25);
    expect(fn.explanation).toBe('100 invocations/s × 0.25 s = 25 concurrent executions; reserved 20: the rest is throttled');
  });

  it('an SQS standard queue: 1,000 messages/s ÷ 10 × 2 s = 200, held to the mapping’s maximum concurrency of 50 (a backlog, not throttles)', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'jobs', { traffic: { rate: 1000 } }), b.fn('worker', { timeout: 30, traffic: { averageDurationMs: 2000 } }), 'event-source-mapping', { batchSize: 10, maximumConcurrency: 50 });
    const fn = fnBudget(b.build(), 'worker');
    expect(fn.demand).toBe(200);
    expect(fn.expected).toBe(50);
    expect(fn.status).toBe('backlog');
    expect(fn.sources[0]).toMatchObject({ bound: 50, boundReason: 'maximum concurrency 50' });
  });

  it('an SQS standard queue without a maximum: at most 1,000 concurrent batches', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'jobs', { traffic: { rate: 30_000 } }), b.fn('worker', { traffic: { averageDurationMs: 500 } }), 'event-source-mapping', { batchSize: 10 });
    b.settings({ accountConcurrencyLimit: 5000 });
    const fn = fnBudget(b.build(), 'worker');
    expect(fn.demand).toBe(1500);
    expect(fn.expected).toBe(1000);
    expect(fn.status).toBe('backlog');
  });

  it('a FIFO queue: 100 messages/s ÷ 10 × 1 s = 10, but only 8 message groups', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'orders', { fifo: true, traffic: { rate: 100, messageGroups: 8 } }), b.fn('worker', { traffic: { averageDurationMs: 1000 } }), 'event-source-mapping', { batchSize: 10 });
    const fn = fnBudget(b.build(), 'worker');
    expect(fn.demand).toBe(10);
    expect(fn.expected).toBe(8);
    expect(fn.sources[0]?.boundReason).toBe('8 active message groups (FIFO)');
  });

  it('a Kinesis stream: 5,000 records/s ÷ 100 × 0.5 s = 25, bound by 2 shards × parallelization 2 = 4', () => {
    const b = new DesignBuilder();
    b.edge(b.node('kinesis-stream', 'clicks', { shardCount: 2, traffic: { rate: 5000 } }), b.fn('counter', { traffic: { averageDurationMs: 500 } }), 'event-source-mapping', { batchSize: 100, parallelizationFactor: 2 });
    const fn = fnBudget(b.build(), 'counter');
    expect(fn.demand).toBe(25);
    expect(fn.expected).toBe(4);
    expect(fn.sources[0]?.boundReason).toBe('2 shards × parallelization 2');
  });

  it('uses the timeout when no duration is stated, and says so', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 10 } }), b.fn('slow', { timeout: 3 }), 'invoke-sync');
    const fn = fnBudget(b.build(), 'slow');
    expect(fn.expected).toBe(30);
    expect(fn.durationStated).toBe(false);
    expect(fn.explanation).toContain('no duration stated: the 3 s timeout');
  });

  it('a reservation of 800 leaves 200 unreserved for a function needing 300: the pool is short', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'batch-jobs', { traffic: { rate: 100 } }), b.fn('batch', { reservedConcurrency: 800, traffic: { averageDurationMs: 5000 } }), 'event-source-mapping', { batchSize: 10 });
    b.edge(b.node('api-gateway-http', 'api', { traffic: { rate: 600 } }), b.fn('web', { traffic: { averageDurationMs: 500 } }), 'invoke-sync');
    const budget = budgetOf(b.build());
    expect(budget.account).toMatchObject({ limit: 1000, reserved: 800, unreservedPool: 200, unreservedDemand: 300, status: 'throttles' });
    expect(budget.functions.find((f) => f.nodeId === 'batch')).toMatchObject({ expected: 50, status: 'fits' });
    expect(budget.functions.find((f) => f.nodeId === 'web')).toMatchObject({ expected: 300, limit: 200, status: 'throttles' });
  });

  it('counts provisioned concurrency of unreserved functions against the pool', () => {
    const b = new DesignBuilder();
    b.fn('warm', { provisionedConcurrency: 150, alias: 'live' });
    b.fn('pinned', { reservedConcurrency: 900 });
    expect(budgetOf(b.build()).account).toMatchObject({ unreservedPool: 100, unreservedDemand: 150, status: 'throttles' });
  });

  it('reports functions nothing reaches', () => {
    const b = new DesignBuilder();
    b.fn('idle');
    expect(fnBudget(b.build(), 'idle')).toMatchObject({ status: 'no-traffic', expected: 0, explanation: 'No traffic reaches this function; has the 1,000 unreserved to itself' });
  });
});
