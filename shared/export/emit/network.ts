import type { NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, GetAZs, type Intrinsic, Ref, Select, sub } from '../intrinsics';
import { groupDescription, parseSecurityGroupRule } from './security-group-rules';

/** The VPC's id, or a template parameter for network parts drawn outside any VPC. */
export function vpcIdFor(ctx: ExportContext, nodeId: string): Intrinsic {
  const vpc = ctx.index.vpcOf(nodeId);
  if (vpc) return new Ref(ctx.idOf(vpc.id));
  return ctx.parameter('VpcId', { Type: 'AWS::EC2::VPC::Id', Description: 'VPC of the network parts the design draws outside a VPC.' });
}

/** "us-east-1b" → index 1 of the region's zones, so the template works in any region. */
function zoneIndex(zone: string): number {
  const letter = /([a-z])$/.exec(zone.trim())?.[1];
  return letter ? letter.charCodeAt(0) - 'a'.charCodeAt(0) : 0;
}

export function availabilityZone(subnet: NodeOfKind<'subnet'>): Intrinsic {
  return new Select(zoneIndex(subnet.config.availabilityZone), new GetAZs(''));
}

/** One subnet per availability zone (interface endpoints and EFS mount targets allow no more). */
export function onePerZone(subnets: readonly NodeOfKind<'subnet'>[]): NodeOfKind<'subnet'>[] {
  const seen = new Set<number>();
  return subnets.filter((s) => {
    const zone = zoneIndex(s.config.availabilityZone);
    if (seen.has(zone)) return false;
    seen.add(zone);
    return true;
  });
}

function nameTag(name: string) {
  return [{ Key: 'Name', Value: name }];
}

function emitVpcs(ctx: ExportContext): void {
  for (const vpc of ctx.index.ofKind('vpc')) {
    ctx.add(ctx.idOf(vpc.id), {
      Type: 'AWS::EC2::VPC',
      Properties: {
        CidrBlock: vpc.config.cidr,
        EnableDnsSupport: vpc.config.enableDnsSupport,
        EnableDnsHostnames: vpc.config.enableDnsHostnames,
        Tags: nameTag(vpc.name),
      },
    }, { group: 'network', node: vpc.id });
  }
  for (const igw of ctx.index.ofKind('internet-gateway')) {
    const id = ctx.add(ctx.idOf(igw.id), { Type: 'AWS::EC2::InternetGateway', Properties: { Tags: nameTag(igw.name) } }, { group: 'network', node: igw.id });
    const vpc = ctx.index.vpcOf(igw.id);
    if (!vpc) continue;
    const attachment = ctx.add(ctx.ids.derive(id, 'Attachment'), {
      Type: 'AWS::EC2::VPCGatewayAttachment',
      Properties: { VpcId: new Ref(ctx.idOf(vpc.id)), InternetGatewayId: new Ref(id) },
    }, { group: 'network', node: igw.id });
    ctx.gatewayAttachments.set(vpc.id, [...(ctx.gatewayAttachments.get(vpc.id) ?? []), attachment]);
  }
}

function emitSubnets(ctx: ExportContext): void {
  for (const subnet of ctx.index.ofKind('subnet')) {
    const id = ctx.add(ctx.idOf(subnet.id), {
      Type: 'AWS::EC2::Subnet',
      Properties: {
        VpcId: vpcIdFor(ctx, subnet.id),
        CidrBlock: subnet.config.cidr,
        AvailabilityZone: availabilityZone(subnet),
        ...(subnet.config.visibility === 'public' ? { MapPublicIpOnLaunch: true } : {}),
        Tags: nameTag(subnet.name),
      },
    }, { group: 'network', node: subnet.id });
    const table = ctx.add(ctx.ids.derive(id, 'RouteTable'), {
      Type: 'AWS::EC2::RouteTable',
      Properties: { VpcId: vpcIdFor(ctx, subnet.id), Tags: nameTag(`${subnet.name} routes`) },
    }, { group: 'network', node: subnet.id });
    ctx.add(ctx.ids.derive(id, 'RouteTableAssociation'), {
      Type: 'AWS::EC2::SubnetRouteTableAssociation',
      Properties: { SubnetId: new Ref(id), RouteTableId: new Ref(table) },
    }, { group: 'network', node: subnet.id });
    ctx.routeTables.set(subnet.id, table);
  }
}

function emitNatGateways(ctx: ExportContext): Set<string> {
  const emitted = new Set<string>();
  for (const nat of ctx.index.ofKind('nat-gateway')) {
    const subnet = nat.parentId ? ctx.index.nodeOf(nat.parentId, 'subnet') : undefined;
    const id = ctx.idOf(nat.id);
    const subnetId = subnet
      ? new Ref(ctx.idOf(subnet.id))
      : ctx.parameter(`${id}SubnetId`, { Type: 'AWS::EC2::Subnet::Id', Description: `Public subnet of ${nat.name}, which the design draws outside a subnet.` });
    const vpc = ctx.index.vpcOf(nat.id);
    const attachments = vpc ? (ctx.gatewayAttachments.get(vpc.id) ?? []) : [];
    let allocation: Record<string, unknown> = { ConnectivityType: 'private' };
    if (nat.config.connectivity === 'public') {
      const eip = ctx.add(ctx.ids.derive(id, 'Eip'), {
        Type: 'AWS::EC2::EIP',
        ...(attachments.length > 0 ? { DependsOn: attachments } : {}),
        Properties: { Domain: 'vpc', Tags: nameTag(`${nat.name} address`) },
      }, { group: 'network', node: nat.id });
      allocation = { AllocationId: new GetAtt(eip, 'AllocationId') };
    }
    ctx.add(id, {
      Type: 'AWS::EC2::NatGateway',
      Properties: { SubnetId: subnetId, ...allocation, Tags: nameTag(nat.name) },
    }, { group: 'network', node: nat.id });
    emitted.add(nat.id);
  }
  return emitted;
}

/** One default route per subnet: the internet gateway for public subnets, a NAT gateway for private ones. */
function emitDefaultRoutes(ctx: ExportContext, nats: Set<string>): void {
  for (const subnet of ctx.index.ofKind('subnet')) {
    const table = ctx.routeTables.get(subnet.id) as string;
    const candidates = ctx.index.out(subnet.id, 'route').filter((e) => {
      const target = ctx.index.node(e.target);
      if (target?.kind === 'nat-gateway') return nats.has(target.id);
      return target?.kind === 'internet-gateway' && ctx.index.vpcOf(target.id)?.id === ctx.index.vpcOf(subnet.id)?.id && ctx.index.vpcOf(target.id) !== undefined;
    });
    const preferred = subnet.config.visibility === 'public' ? 'internet-gateway' : 'nat-gateway';
    const chosen = candidates.find((e) => ctx.index.node(e.target)?.kind === preferred) ?? candidates[0];
    for (const edge of ctx.index.out(subnet.id, 'route')) {
      const target = ctx.index.node(edge.target);
      if (target?.kind === 'vpc-endpoint') continue;
      if (edge !== chosen) {
        ctx.explain(edge.id, {
          what: 'other',
          summary: 'No route written',
          reason: candidates.includes(edge)
            ? 'A route table has one default route (0.0.0.0/0); another connection of this subnet provides it.'
            : 'The gateway is not in the subnet’s VPC (or a NAT gateway outside a subnet), so no route can point at it.',
        });
        continue;
      }
      const isNat = target?.kind === 'nat-gateway';
      const attachments = ctx.gatewayAttachments.get(ctx.index.vpcOf(subnet.id)?.id ?? '') ?? [];
      const routeId = ctx.add(ctx.ids.derive(ctx.idOf(subnet.id), 'DefaultRoute'), {
        Type: 'AWS::EC2::Route',
        ...(!isNat && attachments.length > 0 ? { DependsOn: attachments } : {}),
        Properties: {
          RouteTableId: new Ref(table),
          DestinationCidrBlock: '0.0.0.0/0',
          [isNat ? 'NatGatewayId' : 'GatewayId']: new Ref(ctx.idOf(edge.target)),
        },
      }, { group: 'network', node: subnet.id, edge: edge.id });
      ctx.explain(edge.id, {
        what: 'other',
        logicalId: routeId,
        summary: `Default route of ${subnet.name} through ${target?.name}`,
        reason: isNat ? 'Private subnets reach the internet through a NAT gateway.' : 'Public subnets reach the internet through the internet gateway.',
      });
    }
  }
}

function emitSecurityGroups(ctx: ExportContext): void {
  for (const group of ctx.index.ofKind('security-group')) {
    const ingress = group.config.ingress.map((r) => parseSecurityGroupRule(r, 'ingress')).filter((r) => r !== undefined);
    const egress = group.config.egress.map((r) => parseSecurityGroupRule(r, 'egress')).filter((r) => r !== undefined);
    ctx.add(ctx.idOf(group.id), {
      Type: 'AWS::EC2::SecurityGroup',
      Properties: {
        GroupDescription: groupDescription(group.config.description, group.name),
        VpcId: vpcIdFor(ctx, group.id),
        ...(ingress.length > 0 ? { SecurityGroupIngress: ingress } : {}),
        ...(egress.length > 0 ? { SecurityGroupEgress: egress } : {}),
        Tags: nameTag(group.name),
      },
    }, { group: 'network', node: group.id });
  }
}

export function securityGroupsOf(ctx: ExportContext, nodeId: string): Ref[] {
  return ctx.index.out(nodeId, 'network-attach', 'security-group').map((e) => {
    ctx.explain(e.id, { what: 'other', logicalId: ctx.idOf(e.target), summary: 'Security group attached', reason: 'The connection puts the component’s network interfaces in this security group.' });
    return new Ref(ctx.idOf(e.target));
  });
}

function emitEndpoints(ctx: ExportContext): void {
  for (const endpoint of ctx.index.ofKind('vpc-endpoint')) {
    const id = ctx.idOf(endpoint.id);
    const vpc = ctx.index.vpcOf(endpoint.id);
    const routing = ctx.index.in(endpoint.id, 'route', 'subnet');
    const service = endpoint.config.service.startsWith('com.amazonaws.') ? endpoint.config.service : `com.amazonaws.\${AWS::Region}.${endpoint.config.service}`;
    const chosen = routing.length > 0
      ? routing.map((e) => ctx.index.nodeOf(e.source, 'subnet')).filter((s) => s !== undefined)
      : vpc ? ctx.index.privateSubnetsOf(vpc.id) : [];
    const properties: Record<string, unknown> = {
      VpcId: vpcIdFor(ctx, endpoint.id),
      ServiceName: service.includes('${') ? sub(service) : service,
      VpcEndpointType: endpoint.config.endpointType,
    };
    if (endpoint.config.endpointType === 'Gateway') {
      for (const edge of ctx.index.out(endpoint.id, 'network-attach', 'security-group')) {
        ctx.explain(edge.id, { what: 'other', summary: 'No security group written', reason: 'Gateway endpoints are routes, not network interfaces, so security groups do not apply to them.' });
      }
      const tables = chosen.map((s) => ctx.routeTables.get(s.id)).filter((t) => t !== undefined);
      if (tables.length > 0) properties.RouteTableIds = tables.map((t) => new Ref(t));
    } else {
      const subnets = onePerZone(chosen);
      if (subnets.length > 0) properties.SubnetIds = subnets.map((s) => new Ref(ctx.idOf(s.id)));
      const groups = securityGroupsOf(ctx, endpoint.id);
      if (groups.length > 0) properties.SecurityGroupIds = groups;
      properties.PrivateDnsEnabled = endpoint.config.privateDns;
    }
    ctx.add(id, { Type: 'AWS::EC2::VPCEndpoint', Properties: properties }, { group: 'network', node: endpoint.id });
    for (const edge of routing) {
      ctx.explain(edge.id, {
        what: 'other',
        logicalId: id,
        summary: endpoint.config.endpointType === 'Gateway' ? `Route table of ${ctx.index.node(edge.source)?.name} gets the endpoint’s routes` : `Endpoint network interface in ${ctx.index.node(edge.source)?.name}`,
        reason: endpoint.config.endpointType === 'Gateway'
          ? 'Gateway endpoints work by adding routes to the subnets’ route tables.'
          : 'Interface endpoints place a network interface in one subnet per availability zone.',
      });
    }
  }
}

export function emitNetwork(ctx: ExportContext): void {
  emitVpcs(ctx);
  emitSubnets(ctx);
  const nats = emitNatGateways(ctx);
  emitDefaultRoutes(ctx, nats);
  emitSecurityGroups(ctx);
  emitEndpoints(ctx);
}
