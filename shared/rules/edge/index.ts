import type { RuleDefinition } from '../define-rule';
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

/** The edge rules, by id. */
export const EDGE_RULES: readonly RuleDefinition[] = [
  edgeRuntime,
  edgeRegion,
  edgePublishedVersion,
  edgeEnvironment,
  edgeVpc,
  edgeLayers,
  edgeArchitecture,
  edgeProvisionedConcurrency,
  viewerTriggerMemory,
  edgeTimeout,
  edgePackageSize,
  oneFunctionPerEvent,
  viewerFunctionsNotMixed,
  cloudfrontFunctionEvent,
  cloudfrontFunctionSize,
  cloudfrontFunctionMemory,
];
