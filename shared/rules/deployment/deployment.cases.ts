import type { Finding } from '../define-rule';
import { ruleCase } from '../testing/rule-cases';
import { aliasName } from './alias-name';
import { gradualDeploymentAlias } from './gradual-deployment-alias';
import { globalsArchitecture } from './globals-architecture';
import { gradualDeploymentEdge } from './gradual-deployment-edge';

const fixedTo = (value: unknown) => ({
  expectFindings: ([f]: Finding[]) => {
    if (f?.fix?.changes[0]?.value !== value) throw new Error(`the fix sets ${String(value)}`);
  },
});

export const DEPLOYMENT_CASES = [
  ruleCase(gradualDeploymentAlias, 'a canary deployment without an alias', (b, broken) => {
    b.fn('checkout', { deploymentPreference: { type: 'Canary10Percent5Minutes' }, ...(broken ? {} : { alias: 'live' }) });
  }, fixedTo('live')),
  ruleCase(gradualDeploymentEdge, 'a linear deployment of a Lambda@Edge function', (b, broken) => {
    const fn = b.fn('auth', { alias: 'live', deploymentPreference: { type: broken ? 'Linear10PercentEvery1Minute' : 'AllAtOnce' } });
    b.edge(b.node('cloudfront', 'cdn'), fn, 'invoke-sync', { eventType: 'viewer-request' });
  }),
  ruleCase(gradualDeploymentEdge, 'a canary deployment of a function marked Lambda@Edge', (b, broken) => {
    b.fn('auth', { lambdaEdge: broken, alias: 'live', deploymentPreference: { type: 'Canary10Percent10Minutes' } });
  }),
  ruleCase(aliasName, 'an alias with a space', (b, broken) => void b.fn('checkout', { alias: broken ? 'prod v2' : 'prod-v2' }), fixedTo('prod-v2')),
  ruleCase(aliasName, 'an alias of digits only', (b, broken) => void b.fn('checkout', { alias: broken ? '42' : 'v42' }), fixedTo('live')),
  ruleCase(globalsArchitecture, 'a function of an imported template moved to arm64 where Globals say x86_64', (b, broken) => {
    b.fn('worker', { architecture: broken ? 'arm64' : 'x86_64' });
    b.imported({ Globals: { Function: { Architectures: ['x86_64'] } } }, { worker: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'app.handler' } } });
  }, fixedTo('x86_64')),
  ruleCase(globalsArchitecture, 'a function of an imported template listing Architectures as Globals do', (b, broken) => {
    b.fn('worker', { architecture: 'x86_64' });
    b.imported({ Globals: { Function: { Architectures: ['x86_64'] } } }, { worker: { Type: 'AWS::Serverless::Function', Properties: { Handler: 'app.handler', ...(broken ? { Architectures: ['x86_64'] } : {}) } } });
  }),
  ruleCase(aliasName, 'an alias of 129 characters', (b, broken) => void b.fn('checkout', { alias: 'a'.repeat(broken ? 129 : 128) }), fixedTo('a'.repeat(128))),
];
