import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { defaultRouteOf } from '../lib/network';

export const natGatewayPublicSubnet = defineRule({
  id: 'VPC004',
  severity: 'error',
  title: 'Public NAT gateways in a subnet routed to an internet gateway',
  why: 'A public NAT gateway forwards the traffic of private subnets to the internet gateway of its own subnet; in a subnet without a default route to an internet gateway, that traffic goes nowhere and functions behind the NAT gateway cannot reach the internet or AWS services.',
  limit: 'Public NAT gateway: in a public subnet whose default route is an internet gateway of the same VPC.',
  docsUrl: 'https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const nat of index.ofKind('nat-gateway')) {
      if (nat.config.connectivity !== 'public') continue;
      const subnet = nat.parentId ? index.nodeOf(nat.parentId, 'subnet') : undefined;
      if (!subnet) continue;
      const route = defaultRouteOf(index, subnet);
      if (route?.target.kind === 'internet-gateway') continue;
      const users = index.in(nat.id, 'route');
      report({
        message: route
          ? `NAT gateway ${index.name(nat.id)} sits in subnet ${index.name(subnet.id)}, whose default route goes to ${index.name(route.target.id)}, not an internet gateway: traffic sent to it never reaches the internet. Put it in a public subnet routed to the internet gateway.`
          : `NAT gateway ${index.name(nat.id)} sits in subnet ${index.name(subnet.id)}, which has no route to an internet gateway: traffic sent to it never reaches the internet. Route ${index.name(subnet.id)} to the VPC’s internet gateway.`,
        nodeIds: [nat.id, subnet.id, ...(route ? [route.target.id] : []), ...users.map((e) => e.source)],
        edgeIds: [...(route ? [route.edge.id] : []), ...users.map((e) => e.id)],
      });
    }
  },
});
