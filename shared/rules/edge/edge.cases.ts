import type { Finding } from '../define-rule';
import { ruleCase } from '../testing/rule-cases';
import { cloudfrontFunctionEvent } from './cloudfront-function-event';
import { cloudfrontFunctionMemory } from './cloudfront-function-memory';
import { cloudfrontFunctionSize } from './cloudfront-function-size';
import { edgeArchitecture } from './edge-architecture';
import { edgeEnvironment } from './edge-environment';
import { edgeLayers } from './edge-layers';
import { edgePackageSize } from './edge-package-size';
import { edgeProvisionedConcurrency } from './edge-provisioned-concurrency';
import { edgePublishedVersion } from './edge-published-version';
import { edgeRegion } from './edge-region';
import { edgeRuntime } from './edge-runtime';
import { edgeTimeout } from './edge-timeout';
import { edgeVpc } from './edge-vpc';
import { oneFunctionPerEvent } from './one-function-per-event';
import { viewerFunctionsNotMixed } from './viewer-functions-not-mixed';
import { viewerTriggerMemory } from './viewer-trigger-memory';

const fixedTo = (value: unknown) => ({
  expectFindings: ([f]: Finding[]) => {
    if (f?.fix?.changes[0]?.value !== value) throw new Error(`the fix sets ${String(value)}`);
  },
});

export const EDGE_CASES = [
  ruleCase(edgeRuntime, 'a Java function behind CloudFront', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { runtime: broken ? 'java21' : 'nodejs22.x' }), 'invoke-sync', { eventType: 'viewer-request' });
  }),
  ruleCase(edgeRuntime, 'a container image marked Lambda@Edge', (b, broken) => void b.fn('resize', { lambdaEdge: true, runtime: 'python3.13', packageType: broken ? 'Image' : 'Zip' })),
  ruleCase(edgeRegion, 'an edge function deployed in eu-west-1', (b, broken) => {
    b.settings({ region: broken ? 'eu-west-1' : 'us-east-1' });
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth'), 'invoke-sync');
  }),
  ruleCase(edgePublishedVersion, 'a Lambda@Edge function without an alias or a distribution', (b, broken) => void b.fn('rewrite', { lambdaEdge: true, ...(broken ? {} : { alias: 'prod' }) })),
  ruleCase(edgePublishedVersion, 'a Lambda@Edge function no distribution triggers', (b, broken) => {
    b.fn('rewrite', { lambdaEdge: true });
    if (!broken) b.edge(b.node('cloudfront', 'cdn'), 'rewrite', 'invoke-sync');
  }),
  ruleCase(edgeEnvironment, 'environment variables on a Lambda@Edge function', (b, broken) => void b.fn('auth', { lambdaEdge: broken, environment: { JWKS_URL: 'https://example.com/jwks' } })),
  ruleCase(edgeVpc, 'a Lambda@Edge function in a private subnet', (b, broken) => {
    const net = b.network();
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', {}, broken ? { parentId: net.privateA } : {}), 'invoke-sync');
  }),
  ruleCase(edgeVpc, 'a Lambda@Edge function mounting EFS', (b, broken) => {
    b.fn('render', { lambdaEdge: true });
    if (broken) b.edge('render', b.node('efs-access-point', 'templates'), 'mount');
  }),
  ruleCase(edgeLayers, 'a layer on a Lambda@Edge function', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth'), 'invoke-sync');
    if (broken) b.edge(b.node('lambda-layer', 'jwt-lib'), 'auth', 'uses-layer');
  }),
  ruleCase(edgeArchitecture, 'an arm64 Lambda@Edge function', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { architecture: broken ? 'arm64' : 'x86_64' }), 'invoke-sync');
  }, fixedTo('x86_64')),
  ruleCase(edgeProvisionedConcurrency, 'provisioned concurrency on a Lambda@Edge function', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { alias: 'live', ...(broken ? { provisionedConcurrency: 5 } : {}) }), 'invoke-sync');
  }),
  ruleCase(viewerTriggerMemory, 'a 256 MB viewer-request trigger', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { memorySize: broken ? 256 : 128 }), 'invoke-sync', { eventType: 'viewer-request' });
  }, fixedTo(128)),
  ruleCase(viewerTriggerMemory, '1 GB on a viewer event rather than an origin event', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('resize', { memorySize: 1024 }), 'invoke-sync', { eventType: broken ? 'viewer-response' : 'origin-response' });
  }),
  ruleCase(edgeTimeout, 'a 10 s viewer-request trigger', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { timeout: broken ? 10 : 5 }), 'invoke-sync', { eventType: 'viewer-request' });
  }, fixedTo(5)),
  ruleCase(edgeTimeout, 'a 60 s origin-request trigger', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('render', { timeout: broken ? 60 : 30 }), 'invoke-sync', { eventType: 'origin-request' });
  }, fixedTo(30)),
  ruleCase(edgePackageSize, 'a 2 MB package on a viewer event', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('auth', { packageSize: { zippedMB: broken ? 2 : 1 } }), 'invoke-sync', { eventType: 'viewer-request' });
  }),
  ruleCase(edgePackageSize, 'a 60 MB package on an origin event', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.fn('render', { packageSize: { zippedMB: broken ? 60 : 50 } }), 'invoke-sync', { eventType: 'origin-request' });
  }),
  ruleCase(oneFunctionPerEvent, 'two functions on viewer-request', (b, broken) => {
    const cdn = b.node('cloudfront', 'cdn');
    b.edge(cdn, b.fn('auth'), 'invoke-sync', { eventType: 'viewer-request' });
    b.edge(cdn, b.node('cloudfront-function', 'rewrite'), 'invoke-sync', { eventType: broken ? 'viewer-request' : 'viewer-response' });
  }),
  ruleCase(viewerFunctionsNotMixed, 'a CloudFront Function and Lambda@Edge on viewer events', (b, broken) => {
    const cdn = b.node('cloudfront', 'cdn');
    b.edge(cdn, b.node('cloudfront-function', 'headers'), 'invoke-sync', { eventType: 'viewer-response' });
    b.edge(cdn, b.fn('auth'), 'invoke-sync', { eventType: broken ? 'viewer-request' : 'origin-request' });
  }),
  ruleCase(cloudfrontFunctionEvent, 'a CloudFront Function on origin-request', (b, broken) => {
    b.edge(b.node('cloudfront', 'cdn'), b.node('cloudfront-function', 'rewrite'), 'invoke-sync', { eventType: broken ? 'origin-request' : 'viewer-request' });
  }),
  ruleCase(cloudfrontFunctionSize, 'CloudFront Function code over 10 KB', (b, broken) => {
    b.node('cloudfront-function', 'rewrite', { code: `function handler(event) { return event.request; }\n//${'x'.repeat(broken ? 10_240 : 10_180)}` });
  }),
  ruleCase(cloudfrontFunctionSize, 'multi-byte code over 10 KB', (b, broken) => void b.node('cloudfront-function', 'rewrite', { code: `//${'é'.repeat(broken ? 5_120 : 5_119)}` })),
  ruleCase(cloudfrontFunctionMemory, 'a CloudFront Function using 3 MB', (b, broken) => void b.node('cloudfront-function', 'rewrite', { memoryMB: broken ? 3 : 2 })),
];
