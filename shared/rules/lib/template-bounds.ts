import type { DesignIndex } from '../design-index';

/**
 * Cheap bounds on what the export writes, so the template rules build the template only when a
 * design is near a CloudFormation limit: building it costs more than all other rules together on
 * a large design. `template-bounds.test.ts` checks lower ≤ actual ≤ upper against the exporter.
 */
export interface Bounds {
  lower: number;
  upper: number;
}

/** Most resources one node of a kind exports to: twice the most seen across the sample designs. */
const MOST_RESOURCES_PER_NODE: Record<string, number> = {
  'lambda-function': 26, 'api-gateway-rest': 22, 'api-gateway-http': 12, alb: 12, 'efs-file-system': 8, 'rds-database': 8,
  'sns-topic': 8, subnet: 8, 'eventbridge-rule': 6, 'eventbridge-schedule': 6, 'kinesis-stream': 6, 'log-group': 6, 'sqs-queue': 6,
  'rds-proxy': 6, 'cognito-user-pool': 4, 'dynamodb-table': 4, 'internet-gateway': 4, 'nat-gateway': 4, 's3-bucket': 4, 'step-functions': 4,
};
const MOST_RESOURCES_PER_EDGE = 6;
/** Resources no node or connection owns (a shared CodeDeploy application, say). */
const DESIGN_RESOURCES = 10;
/** Kinds that can export to nothing of their own (a schedule written inside its function's events). */
const MAY_EXPORT_NOTHING = new Set(['eventbridge-schedule']);

function sectionSize(index: DesignIndex, section: string): number {
  const value = index.design.source?.sections[section];
  return value !== null && typeof value === 'object' ? Object.keys(value).length : 0;
}

/** Nodes by how many resources they may export to, the heaviest first (for messages far over the limit). */
export function heaviestNodes(index: DesignIndex): string[] {
  // Grouped by weight in one pass (a stable sort by weight, without comparing): the rule reruns on every added or removed node.
  const byWeight = new Map<number, string[]>();
  for (const node of index.nodes) {
    const weight = MOST_RESOURCES_PER_NODE[node.kind] ?? 2;
    const group = byWeight.get(weight);
    if (group) group.push(node.id);
    else byWeight.set(weight, [node.id]);
  }
  return [...byWeight.keys()].sort((a, b) => b - a).flatMap((weight) => byWeight.get(weight) as string[]);
}

export function resourceBounds(index: DesignIndex): Bounds {
  return { lower: resourceLowerBound(index), upper: resourceUpperBound(index) };
}

/** At least one resource per node (but schedules), whatever the connections. */
export function resourceLowerBound(index: DesignIndex): number {
  let lower = 0;
  for (const node of index.nodes) if (!MAY_EXPORT_NOTHING.has(node.kind)) lower++;
  return lower;
}

export function resourceUpperBound(index: DesignIndex): number {
  let upper = DESIGN_RESOURCES + index.edges.length * MOST_RESOURCES_PER_EDGE;
  for (const node of index.nodes) upper += MOST_RESOURCES_PER_NODE[node.kind] ?? 2;
  return upper;
}

/**
 * Every drawn function exports its ARN (and its URL when it has one); APIs, load balancers,
 * distributions and state machines one address each. An imported template keeps its own outputs and
 * gains only those naming a resource it did not have: not the ARN of a function it had, whose
 * logical id stays its own.
 */
export function outputBounds(index: DesignIndex): Bounds {
  const source = index.design.source;
  const functions = index.functions.length;
  const urls = index.functions.filter((f) => f.config.functionUrl.enabled).length;
  const imported = source ? index.functions.filter((f) => Object.hasOwn(source.resources, f.id)).length : 0;
  const addresses = ['api-gateway-rest', 'api-gateway-http', 'alb', 'cloudfront', 'step-functions'].reduce((n, kind) => n + index.ofKind(kind as 'alb').length, 0);
  const made = functions + urls + addresses;
  const kept = sectionSize(index, 'Outputs');
  // Functions of an imported template may be written back as they were, with the template's own outputs.
  return { lower: source ? kept : functions, upper: Math.max(made, kept + made - imported) };
}

/** Parameters stand in for values the design leaves out: the code bucket, image URIs, subnets, certificates, ids. */
export function parameterBounds(index: DesignIndex): Bounds {
  const count = (kind: string) => index.ofKind(kind as 'alb').length;
  const images = index.functions.filter((f) => f.config.packageType === 'Image').length;
  const timestamps = index.edgesWith('event-source-mapping').filter((e) => e.config.startingPosition === 'AT_TIMESTAMP').length;
  const withAuthorizer = (kind: 'api-gateway-rest' | 'api-gateway-http') => index.ofKind(kind).filter((api) => api.config.authorizer !== 'NONE').length;
  const albs = index.ofKind('alb').reduce((n, alb) => n + (index.vpcOf(alb.id) ? 0 : 1) + (alb.config.protocol === 'HTTPS' ? 1 : 0), 0);
  const loneNats = index.ofKind('nat-gateway').filter((nat) => !nat.parentId).length;
  // Design-wide: the code bucket, the VPC id, the stack suffix of fixed names.
  const upper = 3 + images + timestamps + count('efs-access-point') + loneNats + 2 * count('rds-proxy') + albs
    + withAuthorizer('api-gateway-rest') + 2 * withAuthorizer('api-gateway-http') + sectionSize(index, 'Parameters');
  return { lower: 0, upper };
}
