import { ruleCase } from '../testing/rule-cases';
import { plaintextSecrets } from './plaintext-secrets';
import { sharedExecutionRole } from './shared-execution-role';
import { statementFormat } from './statement-format';
import { wildcardPermissions } from './wildcard-permissions';

const statements = (...list: Record<string, unknown>[]) => JSON.stringify(list);

export const SECURITY_CASES = [
  ruleCase(plaintextSecrets, 'a database password in an environment variable', (b, broken) => {
    b.fn('orders', { environment: broken ? { DB_PASSWORD: 'hunter2', STAGE: 'prod' } : { DB_PASSWORD_SECRET_ARN: 'arn:aws:secretsmanager:us-east-1:123456789012:secret:db', STAGE: 'prod' } });
  }, {
    expectFindings: ([f]) => {
      if (!f?.message.includes('DB_PASSWORD') || f.message.includes('hunter2')) throw new Error('the finding names the variable, never its value');
    },
  }),
  ruleCase(plaintextSecrets, 'an AWS access key under a plain name', (b, broken) => {
    b.fn('uploader', { environment: { UPLOADER: broken ? 'AKIAIOSFODNN7EXAMPLE' : 'uploader' } });
  }),
  ruleCase(plaintextSecrets, 'an API key', (b, broken) => {
    b.fn('webhook', { environment: { [broken ? 'STRIPE_API_KEY' : 'STRIPE_API_URL']: 'sk_live_1234' } });
  }),
  ruleCase(wildcardPermissions, 'every action on every resource', (b, broken) => {
    b.fn('admin', { policyStatements: statements({ Effect: 'Allow', Action: broken ? '*' : 's3:GetObject', Resource: '*' }) });
  }),
  ruleCase(wildcardPermissions, 'writes on every resource', (b, broken) => {
    b.fn('uploader', { policyStatements: statements({ Effect: 'Allow', Action: ['s3:PutObject'], Resource: broken ? '*' : 'arn:aws:s3:::uploads/*' }) });
  }),
  ruleCase(wildcardPermissions, 'a whole service on every resource', (b, broken) => {
    b.fn('tracer', {
      policyStatements: statements({
        Effect: 'Allow',
        Action: broken ? ['dynamodb:*'] : ['xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'ec2:CreateNetworkInterface'],
        Resource: '*',
      }),
    });
  }),
  ruleCase(statementFormat, 'a statement without Effect', (b, broken) => {
    b.fn('reader', { policyStatements: statements({ ...(broken ? {} : { Effect: 'Allow' }), Action: 's3:GetObject', Resource: 'arn:aws:s3:::reports/*' }) });
  }),
  ruleCase(statementFormat, 'statements that are not JSON', (b, broken) => {
    b.fn('reader', { policyStatements: broken ? '[{"Effect": "Allow", "Action": "s3:GetObject",' : '[{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]' });
  }),
  ruleCase(statementFormat, 'a statement without Resource', (b, broken) => {
    b.fn('reader', { policyStatements: statements({ Effect: 'Allow', Action: 's3:GetObject', ...(broken ? {} : { Resource: 'arn:aws:s3:::reports/*' }) }) });
  }),
  ruleCase(sharedExecutionRole, 'two functions on one role', (b, broken) => {
    b.fn('orders', { executionRole: 'app-role' });
    b.fn('billing', { executionRole: broken ? 'arn:aws:iam::123456789012:role/app-role' : 'billing-role' });
  }, {
    expectFindings: ([f]) => {
      if (f?.nodeIds.length !== 2) throw new Error('the finding names both functions');
    },
  }),
];
