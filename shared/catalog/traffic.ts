import { enumField, groupField, optionalIntField, optionalNumberField } from './fields';

/**
 * Expected load, for the cost estimate and the concurrency budget (shared/cost). Every kind that
 * starts or carries work has a `traffic` group; all of it is optional, "not set" meaning "not
 * known", and none of it is ever exported to a template.
 */

/** The periods a load can be counted over; a month is 30 days, as in the cost estimate. */
export const RATE_PERIODS = ['second', 'minute', 'hour', 'day', 'month'] as const;
export type RatePeriod = (typeof RATE_PERIODS)[number];

/** 30 days: 1 request a second is 2,592,000 a month. (The AWS Pricing Calculator uses 730 hours.) */
export const SECONDS_PER_MONTH = 2_592_000;

export const SECONDS_PER: Record<RatePeriod, number> = {
  second: 1,
  minute: 60,
  hour: 3_600,
  day: 86_400,
  month: SECONDS_PER_MONTH,
};

const GROUP_HELP = 'Expected load, for the cost estimate and the concurrency budget. Never exported to templates.';
const PER_HELP = 'The period the expected load is counted over (a month is 30 days).';

const per = () => enumField(RATE_PERIODS, 'second', { title: 'Per', description: PER_HELP });

function rate(unit: string, what: string) {
  return optionalNumberField({
    title: 'Expected load',
    unit,
    description: `${what} Empty when not known: the estimate then counts only what the design itself sends here.`,
  });
}

function messageSize(what: string) {
  return optionalNumberField({ title: 'Message size', unit: 'KB', description: what, range: [0, 1024] });
}

/** Requests or events arriving from outside the design (users, other systems). */
export function trafficGroup(unit: string, what: string) {
  return groupField({ rate: rate(unit, what), per: per() }, { description: GROUP_HELP });
}

/** The same, with the average size of a message where the price depends on it (64 KB chunks, 25 KB payload units). */
export function sizedTrafficGroup(unit: string, what: string, sizeHelp: string) {
  return groupField({ rate: rate(unit, what), per: per(), messageSizeKB: messageSize(sizeHelp) }, { description: GROUP_HELP });
}

/** SQS: messages, their size, and for FIFO queues the message groups that bound Lambda's concurrency. */
export function queueTrafficGroup() {
  return groupField({
    rate: rate('messages', 'Messages sent to the queue from outside the design; what drawn functions and topics send is added.'),
    per: per(),
    messageSizeKB: messageSize('Average message size; SQS bills each 64 KB chunk as one request.'),
    messageGroups: optionalIntField({
      title: 'Active message groups',
      description: 'FIFO queues: distinct message group ids in flight. Lambda runs one batch per group at a time, so this bounds its concurrency.',
    }),
  }, { description: GROUP_HELP });
}

/** Step Functions: executions, and the state transitions each one makes (Standard workflows bill per transition). */
export function workflowTrafficGroup() {
  return groupField({
    rate: rate('executions', 'Executions started from outside the design; what drawn functions start is added.'),
    per: per(),
    transitionsPerExecution: optionalIntField({
      title: 'State transitions per execution',
      description: 'Steps each execution runs, retries included. Empty: one per function the workflow invokes, plus one.',
    }),
  }, { description: GROUP_HELP });
}

/** Functions: how long an invocation runs, and calls that no drawn trigger makes (function URL, SDK, console). */
export function functionTrafficGroup() {
  return groupField({
    averageDurationMs: optionalNumberField({
      title: 'Average duration',
      unit: 'ms',
      description: 'Expected run time of one invocation; Lambda bills it by the millisecond, rounded up. Empty: the timeout is assumed, the worst case.',
    }),
    rate: optionalNumberField({
      title: 'Direct invocations',
      unit: 'invocations',
      description: 'Calls no drawn trigger makes: function URL requests, SDK or CLI invokes. Drawn triggers add their own load.',
    }),
    per: per(),
  }, { description: GROUP_HELP });
}

/** The traffic settings of any node, whatever its kind (absent fields are not known). */
export interface TrafficSettings {
  rate?: number | undefined;
  per: RatePeriod;
  messageSizeKB?: number | undefined;
  messageGroups?: number | undefined;
  transitionsPerExecution?: number | undefined;
  averageDurationMs?: number | undefined;
}

const isNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** Reads a node's traffic group defensively: kinds without one, and hand-edited files, give "not known". */
export function readTraffic(config: unknown): TrafficSettings {
  const raw = (config as { traffic?: Record<string, unknown> } | undefined)?.traffic ?? {};
  const period = RATE_PERIODS.includes(raw.per as RatePeriod) ? (raw.per as RatePeriod) : 'second';
  const out: TrafficSettings = { per: period };
  for (const key of ['rate', 'messageSizeKB', 'messageGroups', 'transitionsPerExecution', 'averageDurationMs'] as const) {
    const value = raw[key];
    if (isNumber(value) && value >= 0) out[key] = value;
  }
  return out;
}

/** A stated load as units per second (undefined when not stated). */
export function statedPerSecond(traffic: TrafficSettings): number | undefined {
  return traffic.rate === undefined ? undefined : traffic.rate / SECONDS_PER[traffic.per];
}
