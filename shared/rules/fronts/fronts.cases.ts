import { ruleCase } from '../testing/rule-cases';
import { albMultiValueHeaders } from './alb-multi-value-headers';
import { apiTimeout } from './api-timeout';
import { cognitoTriggerTimeout } from './cognito-trigger-timeout';
import { expressWorkflowDuration } from './express-workflow-duration';
import { integrationTimeoutRange } from './integration-timeout-range';
import { publicFunctionUrl } from './public-function-url';
import { responseStreamingRuntime } from './response-streaming-runtime';

export const FRONT_CASES = [
  ruleCase(apiTimeout, 'a 60 s function behind a REST API', (b, broken) => {
    b.edge(b.node('api-gateway-rest', 'orders-api'), b.fn('orders', { timeout: broken ? 60 : 29 }), 'invoke-sync');
  }, {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 29) throw new Error('the fix sets 29 s');
    },
  }),
  ruleCase(apiTimeout, 'a 31 s function behind an HTTP API', (b, broken) => {
    b.edge(b.node('api-gateway-http', 'orders-api'), b.fn('orders', { timeout: broken ? 31 : 30 }), 'invoke-sync');
    b.edge(b.node('sqs-queue', 'retries', { visibilityTimeout: 200 }), 'orders', 'event-source-mapping');
  }),
  ruleCase(integrationTimeoutRange, 'an HTTP API waiting 60 s', (b, broken) => void b.node('api-gateway-http', 'orders-api', { integrationTimeoutMs: broken ? 60_000 : 30_000 })),
  ruleCase(publicFunctionUrl, 'a public function URL', (b, broken) => void b.fn('webhook', { functionUrl: { enabled: true, authType: broken ? 'NONE' : 'AWS_IAM' } })),
  ruleCase(cognitoTriggerTimeout, 'a 10 s Cognito trigger', (b, broken) => {
    b.edge(b.node('cognito-user-pool', 'users'), b.fn('pre-sign-up', { timeout: broken ? 10 : 5 }), 'invoke-sync');
  }),
  ruleCase(albMultiValueHeaders, 'multi-value headers from an ALB', (b, broken) => {
    const vpc = b.node('vpc', 'vpc');
    b.edge(b.node('alb', 'web', {}, { parentId: vpc }), b.fn('site'), 'invoke-sync', { multiValueHeaders: broken });
  }),
  ruleCase(expressWorkflowDuration, 'a 10-minute task in an Express workflow', (b, broken) => {
    b.edge(b.node('step-functions', 'checkout', { type: 'EXPRESS' }), b.fn('charge', { timeout: broken ? 600 : 300 }), 'invoke-sync');
  }),
  ruleCase(responseStreamingRuntime, 'response streaming on Python', (b, broken) => {
    b.fn('chat', { runtime: broken ? 'python3.13' : 'nodejs24.x', handler: 'app.handler', functionUrl: { enabled: true, invokeMode: 'RESPONSE_STREAM' } });
  }),
];
