import type { RuleDefinition } from '../define-rule';
import { albMultiValueHeaders } from './alb-multi-value-headers';
import { apiTimeout } from './api-timeout';
import { cognitoTriggerTimeout } from './cognito-trigger-timeout';
import { expressWorkflowDuration } from './express-workflow-duration';
import { integrationTimeoutRange } from './integration-timeout-range';
import { publicFunctionUrl } from './public-function-url';
import { responseStreamingRuntime } from './response-streaming-runtime';

/** The fronts rules, by id. */
export const FRONTS_RULES: readonly RuleDefinition[] = [
  apiTimeout,
  integrationTimeoutRange,
  publicFunctionUrl,
  cognitoTriggerTimeout,
  albMultiValueHeaders,
  expressWorkflowDuration,
  responseStreamingRuntime,
];
