import { ruleCase } from '../testing/rule-cases';
import { invocationCycle } from './invocation-cycle';
import { selfInvocation } from './self-invocation';
import { writeBackLoop } from './write-back-loop';

export const LOOP_CASES = [
  ruleCase(writeBackLoop, 'a function writing to the bucket that triggers it', (b, broken) => {
    b.edge(b.node('s3-bucket', 'photos'), b.fn('resize'), 'invoke-async');
    b.edge('resize', b.node('s3-bucket', 'thumbnails'), 'access', { mode: 'write' });
    b.edge('resize', 'photos', 'access', { mode: broken ? 'read-write' : 'read' });
  }),
  ruleCase(writeBackLoop, 'a queue worker sending to its own queue', (b, broken) => {
    b.edge(b.node('sqs-queue', 'jobs'), b.fn('worker'), 'event-source-mapping');
    b.edge('worker', b.node('sqs-queue', broken ? 'unused' : 'next-jobs'), 'access');
    if (broken) b.edge('worker', 'jobs', 'access');
  }),
  ruleCase(writeBackLoop, 'a function publishing to a topic that feeds its queue', (b, broken) => {
    b.edge(b.node('sns-topic', 'events'), b.node('sqs-queue', 'inbox'), 'subscription');
    b.edge('inbox', b.fn('handler'), 'event-source-mapping');
    b.edge('handler', b.node('sns-topic', 'other'), 'access');
    if (broken) b.edge('handler', 'events', 'access');
  }),
  ruleCase(writeBackLoop, 'a function putting events on the bus of its rule', (b, broken) => {
    b.edge(b.node('eventbridge-bus', 'orders-bus'), b.node('eventbridge-rule', 'order-placed'), 'subscription');
    b.edge('order-placed', b.fn('enrich'), 'invoke-async');
    b.edge('enrich', b.node('eventbridge-bus', broken ? 'audit-bus' : 'enriched-bus'), 'access');
    if (broken) b.edge('enrich', 'orders-bus', 'access');
  }),
  ruleCase(selfInvocation, 'a function invoking itself', (b, broken) => {
    b.fn('crawler');
    b.fn('next-page');
    b.edge('crawler', broken ? 'crawler' : 'next-page', 'invoke-async');
  }),
  ruleCase(invocationCycle, 'two functions invoking each other', (b, broken) => {
    b.fn('a-fn');
    b.fn('b-fn');
    b.fn('c-fn');
    b.edge('a-fn', 'b-fn', 'invoke-sync');
    b.edge('b-fn', 'c-fn', 'invoke-async');
    if (broken) b.edge('c-fn', 'a-fn', 'on-success');
  }, {
    expectFindings: ([f]) => {
      if (f?.nodeIds.length !== 3 || f.edgeIds.length !== 3) throw new Error('the cycle has three functions and three edges');
    },
  }),
];
