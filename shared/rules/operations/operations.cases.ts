import { ruleCase } from '../testing/rule-cases';
import { logRetentionMissing } from './log-retention-missing';
import { logRetentionValue } from './log-retention-value';
import { tracingSharedRole } from './tracing-shared-role';
import { unconnectedFunction } from './unconnected-function';

const XRAY_STATEMENTS = JSON.stringify([{ Effect: 'Allow', Action: ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'], Resource: '*' }]);

export const OPERATIONS_CASES = [
  ruleCase(logRetentionMissing, 'logs kept forever', (b, broken) => void b.fn('api', broken ? {} : { logRetentionDays: 30 }), {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 30) throw new Error('the fix keeps logs 30 days');
    },
  }),
  ruleCase(logRetentionMissing, 'logs kept forever beside a log group for another function', (b, broken) => {
    b.fn('api');
    b.node('log-group', 'api-logs', { logGroupName: broken ? '/aws/lambda/${other}' : '/aws/lambda/${api}', retentionInDays: 14 });
  }),
  ruleCase(logRetentionValue, 'a retention of 45 days', (b, broken) => void b.fn('api', { logRetentionDays: broken ? 45 : 60 }), {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== 60) throw new Error('the fix rounds up to 60 days, as the export does');
    },
  }),
  ruleCase(logRetentionValue, 'a log group kept 10 days', (b, broken) => void b.node('log-group', 'audit', { retentionInDays: broken ? 10 : 14 })),
  ruleCase(logRetentionValue, 'a retention beyond ten years', (b, broken) => void b.fn('archive', { logRetentionDays: broken ? 5000 : 3653 })),
  ruleCase(tracingSharedRole, 'active tracing on a shared role', (b, broken) => {
    b.fn('api', { tracing: 'Active', executionRole: 'app-role', ...(broken ? {} : { policyStatements: XRAY_STATEMENTS }) });
  }),
  ruleCase(unconnectedFunction, 'a function with no connections', (b, broken) => {
    b.fn('cleanup');
    if (!broken) b.edge(b.node('eventbridge-schedule', 'nightly'), 'cleanup', 'invoke-async');
  }),
];
