import { CONCURRENCY_CASES } from '../concurrency/concurrency.cases';
import { FRONT_CASES } from '../fronts/fronts.cases';
import { FUNCTION_CASES } from '../function/function.cases';
import { INVOCATION_CASES } from '../invocation/invocation.cases';
import { LOOP_CASES } from '../loops/loops.cases';
import { SQS_CASES } from '../sqs/sqs.cases';
import { STREAM_CASES } from '../streams/streams.cases';
import type { RuleCase } from './rule-cases';

/** Every rule's breaking designs and their passing twins, for tests that run them through the CLI and the app. */
export const ALL_RULE_CASES: readonly RuleCase[] = [
  ...CONCURRENCY_CASES, ...FRONT_CASES, ...FUNCTION_CASES, ...INVOCATION_CASES, ...LOOP_CASES, ...SQS_CASES, ...STREAM_CASES,
];
