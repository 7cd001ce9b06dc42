import type { DesignEdge, NodeOfKind } from '../../model/design';
import { sharedComputations } from '../incremental/read-tracking';
import type { DesignIndex, FunctionNode, SubnetNode } from '../design-index';
import { GATEWAY_ENDPOINT_SERVICES } from './aws-services';
import { joinWords } from './format';

/** How messages name the services of SERVICE_OF_KIND. */
export const SERVICE_LABELS: Readonly<Record<string, string>> = {
  s3: 'S3',
  dynamodb: 'DynamoDB',
  sqs: 'SQS',
  sns: 'SNS',
  'kinesis-streams': 'Kinesis',
  events: 'EventBridge',
  states: 'Step Functions',
  secretsmanager: 'Secrets Manager',
  ssm: 'Systems Manager',
  lambda: 'Lambda',
};

/** Subnets drawn inside the VPC. */
export function subnetsOfVpc(index: DesignIndex, vpcId: string): SubnetNode[] {
  return index.children(vpcId).filter((n): n is SubnetNode => n.kind === 'subnet');
}

/** Private subnets of the VPC, or all of them when none is private (as the exporter picks them). */
export function privateSubnetsOfVpc(index: DesignIndex, vpcId: string): SubnetNode[] {
  const subnets = subnetsOfVpc(index, vpcId);
  const privates = subnets.filter((s) => s.config.visibility === 'private');
  return privates.length > 0 ? privates : subnets;
}

/**
 * The subnets the export puts the function's network interfaces in: its container and attached
 * subnets, or, when only security groups are attached, the private subnets of the first group's
 * VPC. None for Lambda@Edge functions, which cannot run in a VPC (the export writes no VpcConfig).
 */
export function functionSubnets(index: DesignIndex, fn: FunctionNode): SubnetNode[] {
  if (index.isEdgeFunction(fn)) return [];
  const network = index.networkOf(fn);
  if (network.subnets.length > 0) return network.subnets;
  const group = network.securityGroups[0];
  const vpc = group ? index.vpcOf(group.id) : undefined;
  return vpc ? privateSubnetsOfVpc(index, vpc.id) : [];
}

/** The VPCs of the function's subnets (as the export places it). */
export function functionVpcs(index: DesignIndex, fn: FunctionNode): NodeOfKind<'vpc'>[] {
  const vpcs = new Set<NodeOfKind<'vpc'>>();
  for (const subnet of functionSubnets(index, fn)) {
    const vpc = index.vpcOf(subnet.id);
    if (vpc) vpcs.add(vpc);
  }
  return [...vpcs];
}

export interface DefaultRoute {
  edge: DesignEdge;
  target: NodeOfKind<'nat-gateway'> | NodeOfKind<'internet-gateway'>;
}

/**
 * The subnet's default route (0.0.0.0/0) as the export writes it: among its routes to NAT gateways
 * and to internet gateways of its own VPC, the internet gateway for public subnets and the NAT
 * gateway for private ones, else the first.
 */
export function defaultRouteOf(index: DesignIndex, subnet: SubnetNode): DefaultRoute | undefined {
  const vpc = index.vpcOf(subnet.id);
  const candidates: DefaultRoute[] = [];
  for (const { edge, target } of index.routesOf(subnet.id)) {
    if (target.kind === 'nat-gateway') candidates.push({ edge, target });
    else if (target.kind === 'internet-gateway' && vpc && index.vpcOf(target.id)?.id === vpc.id) candidates.push({ edge, target });
  }
  const preferred = subnet.config.visibility === 'public' ? 'internet-gateway' : 'nat-gateway';
  return candidates.find((c) => c.target.kind === preferred) ?? candidates[0];
}

/** Answers per index, since rules ask about the same subnets for every function and every call. */
const natEgress = sharedComputations<DesignIndex, boolean>();

/** Whether the subnet's default route leads to the internet for a Lambda ENI: through a public NAT gateway. */
export function hasNatEgress(index: DesignIndex, subnet: SubnetNode): boolean {
  return natEgress(index, subnet.id, () => {
    const route = defaultRouteOf(index, subnet);
    return route?.target.kind === 'nat-gateway' && route.target.config.connectivity === 'public';
  });
}

/** The endpoint's service as short name: "com.amazonaws.us-east-1.s3" → "s3". */
export function endpointService(endpoint: NodeOfKind<'vpc-endpoint'>): string {
  const service = endpoint.config.service.trim().toLowerCase();
  const match = /^com\.amazonaws\.[a-z0-9-]+\.(.+)$/.exec(service);
  return match?.[1] ?? service;
}

/** Subnets whose route tables get a gateway endpoint's routes: those routed to it, else the VPC's private subnets. */
export function gatewayEndpointSubnets(index: DesignIndex, endpoint: NodeOfKind<'vpc-endpoint'>): SubnetNode[] {
  return endpointSubnets(index, endpoint.id, () => routedOrPrivateSubnets(index, endpoint));
}

const endpointSubnets = sharedComputations<DesignIndex, SubnetNode[]>();

function routedOrPrivateSubnets(index: DesignIndex, endpoint: NodeOfKind<'vpc-endpoint'>): SubnetNode[] {
  const routed = index.in(endpoint.id, 'route').flatMap((e) => {
    const subnet = index.nodeOf(e.source, 'subnet');
    return subnet ? [subnet] : [];
  });
  if (routed.length > 0) return routed;
  const vpc = index.vpcOf(endpoint.id);
  return vpc ? privateSubnetsOfVpc(index, vpc.id) : [];
}

/**
 * The VPC endpoint that lets code in the subnet call the service without the internet: a gateway
 * endpoint (S3, DynamoDB) on the subnet's route table, or an interface endpoint with private DNS in
 * the subnet's VPC.
 */
export function endpointFor(index: DesignIndex, subnet: SubnetNode, service: string): NodeOfKind<'vpc-endpoint'> | undefined {
  return endpoints(index, `${subnet.id}\u0000${service}`, () => findEndpoint(index, subnet, service));
}

const endpoints = sharedComputations<DesignIndex, NodeOfKind<'vpc-endpoint'> | undefined>();

function findEndpoint(index: DesignIndex, subnet: SubnetNode, service: string): NodeOfKind<'vpc-endpoint'> | undefined {
  const vpc = index.vpcOf(subnet.id);
  return index.ofKind('vpc-endpoint').find((endpoint) => {
    if (endpointService(endpoint) !== service) return false;
    if (endpoint.config.endpointType === 'Gateway') {
      return GATEWAY_ENDPOINT_SERVICES.has(service) && gatewayEndpointSubnets(index, endpoint).includes(subnet);
    }
    return endpoint.config.privateDns && vpc !== undefined && index.vpcOf(endpoint.id)?.id === vpc.id;
  });
}

/** "subnet “A”", "subnets “A” and “B”". */
export function describeSubnets(index: DesignIndex, subnets: readonly SubnetNode[]): string {
  return `${subnets.length === 1 ? 'subnet' : 'subnets'} ${joinWords(subnets.map((s) => index.name(s.id)))}`;
}
