import type { KindId } from '../catalog/registry';
import type { NodeOfKind } from '../model/design';

export interface PolicyStatement {
  Effect: 'Allow';
  Action: string | string[];
  Resource: unknown;
  Condition?: Record<string, unknown>;
}

/** Permissions a connection needs: a SAM policy template where one fits, and the same as statements. */
export interface Grant {
  sam?: Record<string, Record<string, unknown>>;
  statements: PolicyStatement[];
}

export interface DestinationPlan {
  edgeId: string;
  targetNodeId: string;
  targetKind: KindId;
  arn: unknown;
}

export interface SamEvent {
  Type: string;
  Properties: Record<string, unknown>;
}

/**
 * What the exporter learns about one function from its connections before writing it: the
 * connection emitters fill this in, the function emitter turns it into SAM or CloudFormation.
 */
export interface FunctionPlan {
  node: NodeOfKind<'lambda-function'>;
  id: string;
  /** Alias published on deploy (configured, or needed by provisioned concurrency, gradual deploys or CloudFront). */
  alias?: string;
  /** CloudFormation ids of the version and alias this exporter writes (plain CloudFormation only). */
  versionId?: string;
  aliasId?: string;
  /** Role this exporter writes (plain CloudFormation), or the policy it adds to a shared role. */
  roleId?: string;
  policyId?: string;
  eventInvokeConfigId?: string;
  urlId?: string;
  /** Carries a name fixed in advance, because references to it loop (see reference-cycles.ts). */
  named: boolean;
  /** Replicated by CloudFront (Lambda@Edge): no environment variables, edgelambda trust. */
  edge: boolean;
  environment: Map<string, unknown>;
  /** Node each derived variable points at, so a second connection to the same resource reuses the variable. */
  environmentTargets: Map<string, string>;
  grants: Grant[];
  /** Grants SAM adds by itself for events and dead-letter queues; written out only for plain CloudFormation or a shared role. */
  implicitGrants: Grant[];
  events: Map<string, SamEvent>;
  subnets: string[];
  securityGroups: string[];
  fileSystem?: { accessPoint: string; localMountPath: string };
  layers: string[];
  deadLetter?: { type: 'SQS' | 'SNS'; arn: unknown };
  onSuccess?: DestinationPlan;
  onFailure?: DestinationPlan;
  dependsOn: Set<string>;
}

const ALIAS_PATTERN = /^[A-Za-z0-9_-]+$/;

/** The alias to publish, or none. */
export function aliasFor(node: NodeOfKind<'lambda-function'>, invokedByCloudFront: boolean): string | undefined {
  const configured = node.config.alias?.trim();
  const needsOne = node.config.provisionedConcurrency !== undefined || node.config.deploymentPreference.type !== 'None' || invokedByCloudFront;
  if (configured && ALIAS_PATTERN.test(configured) && !/^[0-9]+$/.test(configured)) return configured;
  return needsOne || configured ? 'live' : undefined;
}

export function newPlan(node: NodeOfKind<'lambda-function'>, id: string, alias: string | undefined, named: boolean, edge: boolean): FunctionPlan {
  return {
    node,
    id,
    ...(alias ? { alias } : {}),
    named,
    edge,
    environment: new Map(),
    environmentTargets: new Map(),
    grants: [],
    implicitGrants: [],
    events: new Map(),
    subnets: [],
    securityGroups: [],
    layers: [],
    dependsOn: new Set(),
  };
}
