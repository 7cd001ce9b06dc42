import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { defaultRouteOf, describeSubnets, functionSubnets } from '../lib/network';

export const publicSubnetsOnly = defineRule({
  id: 'VPC002',
  severity: 'warning',
  title: 'VPC functions in private subnets, not public ones',
  why: 'Lambda gives a function’s network interfaces no public IP address, so a route to an internet gateway takes it nowhere: in a public subnet the function has no internet access. Put it in private subnets whose default route goes to a NAT gateway in a public subnet.',
  limit: 'A VPC function reaches the internet only from private subnets routed through a NAT gateway.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const subnets = functionSubnets(index, fn);
      if (subnets.length === 0) continue;
      const routes = subnets.map((s) => defaultRouteOf(index, s));
      if (!routes.every((r) => r?.target.kind === 'internet-gateway')) continue;
      report({
        message: `Function ${index.name(fn.id)} runs only in public ${describeSubnets(index, subnets)}: its network interfaces get no public IP, so it cannot reach the internet there. Move it to private subnets routed through a NAT gateway.`,
        nodeIds: [fn.id, ...subnets.map((s) => s.id), ...routes.flatMap((r) => (r ? [r.target.id] : []))],
        edgeIds: [...index.networkOf(fn).edgeIds, ...routes.flatMap((r) => (r ? [r.edge.id] : []))],
      });
    }
  },
});
