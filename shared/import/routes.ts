import type { DesignNode } from '../model/design';
import type { ConnectionBuilder } from './connections';
import type { Json } from './parse-template';
import { asList, propertiesOf } from './resource-properties';

/** A subnet's traffic leaves through these when its route table's default route names them. */
const DEFAULT_ROUTE_TARGETS = new Set(['internet-gateway', 'nat-gateway']);

/**
 * The network a template writes as separate resources, drawn as the design draws it: an internet
 * gateway inside the VPC its VPCGatewayAttachment names, and a route connection from each subnet to
 * what its route table's default route (0.0.0.0/0) points at, an internet or NAT gateway, and to
 * each gateway endpoint that lists its route table (or interface endpoint that lists the subnet).
 * The route tables, associations and routes stay in the design as the template wrote them.
 */
export function rebuildNetwork(resources: Json, nodes: ReadonlyMap<string, DesignNode>, builder: ConnectionBuilder): void {
  const subnetsOfTable = new Map<string, string[]>();
  const entries = Object.entries(resources);
  for (const [, resource] of entries) {
    const p = propertiesOf(resource);
    switch ((resource as Json).Type) {
      case 'AWS::EC2::VPCGatewayAttachment': {
        const gateway = builder.nodeNamedBy(p.InternetGatewayId);
        const vpc = builder.nodeNamedBy(p.VpcId);
        if (gateway?.kind === 'internet-gateway' && vpc?.kind === 'vpc' && gateway.parentId === undefined) gateway.parentId = vpc.id;
        break;
      }
      case 'AWS::EC2::SubnetRouteTableAssociation': {
        const subnet = builder.nodeNamedBy(p.SubnetId);
        const table = builder.nodeNamedBy(p.RouteTableId);
        if (subnet?.kind === 'subnet' && table) {
          const subnets = subnetsOfTable.get(table.id);
          if (subnets) subnets.push(subnet.id);
          else subnetsOfTable.set(table.id, [subnet.id]);
        }
        break;
      }
      default:
        break;
    }
  }
  const subnetsOf = (tables: unknown): string[] => asList(tables).flatMap((t) => subnetsOfTable.get(builder.nodeNamedBy(t)?.id ?? '') ?? []);
  for (const [id, resource] of entries) {
    const p = propertiesOf(resource);
    const type = (resource as Json).Type;
    if (type === 'AWS::EC2::Route' && p.DestinationCidrBlock === '0.0.0.0/0') {
      const target = builder.nodeNamedBy(p.GatewayId) ?? builder.nodeNamedBy(p.NatGatewayId);
      if (target && DEFAULT_ROUTE_TARGETS.has(target.kind)) for (const subnet of subnetsOf(p.RouteTableId)) builder.connect(subnet, target.id, 'route');
    }
    if (type === 'AWS::EC2::VPCEndpoint') {
      const endpoint = nodes.get(id);
      if (endpoint?.kind !== 'vpc-endpoint') continue;
      const subnets = p.VpcEndpointType === 'Interface' || p.VpcEndpointType === 'GatewayLoadBalancer'
        ? asList(p.SubnetIds).map((s) => builder.nodeNamedBy(s)).filter((s) => s?.kind === 'subnet').map((s) => (s as DesignNode).id)
        : subnetsOf(p.RouteTableIds);
      for (const subnet of subnets) builder.connect(subnet, endpoint.id, 'route');
    }
  }
}
