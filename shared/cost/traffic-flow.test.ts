import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { DesignIndex } from '../rules/design-index';
import { DesignBuilder } from '../rules/testing/design-builder';
import { computeTrafficFlow, formatRate } from './traffic-flow';

function flowOf(design: Design, scale = 1) {
  return computeTrafficFlow(new DesignIndex(design, ''), scale);
}

const perSecond = (design: Design, id: string, scale = 1) => flowOf(design, scale).nodes.get(id)?.perSecond;

describe('traffic flow', () => {
  it('turns an SQS batch of 10 into one invocation per 10 messages', () => {
    const b = new DesignBuilder();
    b.edge(b.node('sqs-queue', 'jobs', { traffic: { rate: 20 } }), b.fn('worker'), 'event-source-mapping', { batchSize: 10 });
    const flow = flowOf(b.build());
    expect(flow.nodes.get('worker')?.perSecond).toBe(2);
    const [through] = flow.invocations.get('worker') ?? [];
    expect(through).toMatchObject({ model: 'polled', unitsPerSecond: 20, invocationsPerSecond: 2, batchSize: 10 });
    expect(through?.explanation).toBe('“Jobs”: 20 messages/s ÷ batch of 10 = 2 invocations/s');
  });

  it('shares a queue’s messages between the functions polling it', () => {
    const b = new DesignBuilder();
    b.node('sqs-queue', 'jobs', { traffic: { rate: 60 } });
    b.edge('jobs', b.fn('a'), 'event-source-mapping', { batchSize: 10 });
    b.edge('jobs', b.fn('b'), 'event-source-mapping', { batchSize: 5 });
    const design = b.build();
    expect(perSecond(design, 'a')).toBe(3);
    expect(perSecond(design, 'b')).toBe(6);
  });

  it('multiplies through SNS fan-out: every subscriber gets every message', () => {
    const b = new DesignBuilder();
    b.node('sns-topic', 'orders', { traffic: { rate: 300, per: 'minute' } });
    b.edge('orders', b.node('sqs-queue', 'billing'), 'subscription');
    b.edge('orders', b.node('sqs-queue', 'shipping'), 'subscription');
    b.edge('orders', b.fn('audit'), 'invoke-async');
    b.edge('billing', b.fn('biller'), 'event-source-mapping', { batchSize: 5 });
    const design = b.build();
    expect(perSecond(design, 'orders')).toBe(5);
    expect(perSecond(design, 'billing')).toBe(5);
    expect(perSecond(design, 'shipping')).toBe(5);
    expect(perSecond(design, 'audit')).toBe(5);
    expect(perSecond(design, 'biller')).toBe(1);
  });

  it('lets every stream consumer read every record, one invocation per batch', () => {
    const b = new DesignBuilder();
    b.node('kinesis-stream', 'clicks', { shardCount: 2, traffic: { rate: 1000 } });
    b.edge('clicks', b.fn('counter'), 'event-source-mapping', { batchSize: 100 });
    b.edge('clicks', b.fn('archiver'), 'event-source-mapping', { batchSize: 500 });
    const design = b.build();
    expect(perSecond(design, 'counter')).toBe(10);
    expect(perSecond(design, 'archiver')).toBe(2);
  });

  it('spreads an API’s requests over its routes', () => {
    const b = new DesignBuilder();
    b.node('api-gateway-rest', 'api', { traffic: { rate: 30 } });
    b.edge('api', b.fn('list'), 'invoke-sync');
    b.edge('api', b.fn('get'), 'invoke-sync');
    b.edge('api', b.fn('put'), 'invoke-sync');
    const design = b.build();
    for (const fn of ['list', 'get', 'put']) expect(perSecond(design, fn)).toBe(10);
  });

  it('follows functions: invokes, writes to queues, on-success destinations; failures are left out', () => {
    const b = new DesignBuilder();
    b.node('s3-bucket', 'uploads', { traffic: { rate: 4 } });
    b.edge('uploads', b.fn('resize'), 'invoke-async');
    b.edge('resize', b.node('sqs-queue', 'done'), 'access');
    b.edge('resize', b.node('eventbridge-bus', 'events'), 'on-success');
    b.edge('resize', b.node('sqs-queue', 'failed'), 'on-failure');
    b.edge('resize', b.fn('notify'), 'invoke-sync');
    b.edge('events', b.node('eventbridge-rule', 'all'), 'subscription');
    b.edge('events', b.node('eventbridge-rule', 'some', { traffic: { rate: 1 } }), 'subscription');
    b.edge('all', b.fn('audit'), 'invoke-async');
    b.edge('some', b.fn('alert'), 'invoke-async');
    const design = b.build();
    expect(perSecond(design, 'resize')).toBe(4);
    expect(perSecond(design, 'done')).toBe(4);
    expect(perSecond(design, 'events')).toBe(4);
    expect(perSecond(design, 'failed')).toBe(0);
    expect(perSecond(design, 'notify')).toBe(4);
    expect(perSecond(design, 'audit')).toBe(4);
    // A rule's stated load is what it matches, not added to its bus's events.
    expect(perSecond(design, 'alert')).toBe(1);
  });

  it('adds a node’s stated load to what the design sends it, and scales only stated loads', () => {
    const b = new DesignBuilder();
    b.fn('producer', { traffic: { rate: 2 } });
    b.edge('producer', b.node('sqs-queue', 'jobs', { traffic: { rate: 3 } }), 'access');
    b.edge(b.node('eventbridge-schedule', 'tick', { scheduleExpression: 'rate(1 minute)' }), b.fn('ticker'), 'invoke-async');
    const design = b.build();
    expect(perSecond(design, 'jobs')).toBe(5);
    expect(perSecond(design, 'jobs', 10)).toBe(50);
    expect(perSecond(design, 'ticker', 10)).toBeCloseTo(1 / 60, 12);
  });

  it('leaves out load that would go round a loop, and says so', () => {
    const b = new DesignBuilder();
    b.node('sns-topic', 'topic', { traffic: { rate: 1 } });
    b.edge('topic', b.fn('echo'), 'invoke-async');
    b.edge('echo', 'topic', 'access');
    const flow = flowOf(b.build());
    expect(flow.nodes.get('echo')?.perSecond).toBe(1);
    expect(flow.notes.join(' ')).toMatch(/Loop: load that flows back into “(Topic|Echo)” is left out/);
  });

  it('knows when no traffic is stated', () => {
    const b = new DesignBuilder();
    b.edge(b.node('api-gateway-http', 'api'), b.fn('handler'), 'invoke-sync');
    const flow = flowOf(b.build());
    expect(flow.stated).toBe(false);
    expect(flow.nodes.get('handler')?.perSecond).toBe(0);
  });

  it('prints rates per second, hour or month', () => {
    expect(formatRate(2, 'invocations')).toBe('2 invocations/s');
    expect(formatRate(0.05, 'messages')).toBe('180 messages/h');
    expect(formatRate(30 / 2_592_000, 'events')).toBe('30 events/month');
  });
});

