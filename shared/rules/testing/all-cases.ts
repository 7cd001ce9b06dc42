import { CONCURRENCY_CASES } from '../concurrency/concurrency.cases';
import { DEPLOYMENT_CASES } from '../deployment/deployment.cases';
import { EDGE_CASES } from '../edge/edge.cases';
import { FRONT_CASES } from '../fronts/fronts.cases';
import { FUNCTION_CASES } from '../function/function.cases';
import { INVOCATION_CASES } from '../invocation/invocation.cases';
import { LOOP_CASES } from '../loops/loops.cases';
import { OPERATIONS_CASES } from '../operations/operations.cases';
import { SECURITY_CASES } from '../security/security.cases';
import { SQS_CASES } from '../sqs/sqs.cases';
import { STREAM_CASES } from '../streams/streams.cases';
import { TEMPLATE_CASES } from '../template/template.cases';
import { VPC_CASES } from '../vpc/vpc.cases';
import type { RuleCase } from './rule-cases';

/** Every rule's breaking designs and their passing twins, for tests that run them through the CLI and the app. */
export const ALL_RULE_CASES: readonly RuleCase[] = [
  ...CONCURRENCY_CASES, ...FRONT_CASES, ...FUNCTION_CASES, ...INVOCATION_CASES, ...LOOP_CASES, ...SQS_CASES, ...STREAM_CASES,
  ...VPC_CASES, ...SECURITY_CASES, ...OPERATIONS_CASES,
  ...EDGE_CASES, ...DEPLOYMENT_CASES, ...TEMPLATE_CASES,
];
