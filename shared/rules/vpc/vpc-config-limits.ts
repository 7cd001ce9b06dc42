import { defineRule } from '../define-rule';
import { plural } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { functionSubnets } from '../lib/network';

const MAX_SUBNETS = 16;
const MAX_SECURITY_GROUPS = 5;

export const vpcConfigLimits = defineRule({
  id: 'VPC005',
  severity: 'error',
  title: 'At most 16 subnets and 5 security groups per function',
  why: 'A function’s VpcConfig lists at most 16 subnets and 5 security groups; Lambda refuses to create or update a function with more.',
  limit: 'VpcConfig: SubnetIds ≤ 16, SecurityGroupIds ≤ 5.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/API_VpcConfig.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const subnets = functionSubnets(index, fn);
      if (subnets.length === 0) continue;
      const network = index.networkOf(fn);
      const groups = network.securityGroups;
      const over: string[] = [];
      if (subnets.length > MAX_SUBNETS) over.push(`${plural(subnets.length, 'subnet')} (Lambda allows ${MAX_SUBNETS})`);
      if (groups.length > MAX_SECURITY_GROUPS) over.push(`${plural(groups.length, 'security group')} (Lambda allows ${MAX_SECURITY_GROUPS})`);
      if (over.length === 0) continue;
      report({
        message: `Function ${index.name(fn.id)} is attached to ${over.join(' and ')}.`,
        nodeIds: [fn.id, ...(subnets.length > MAX_SUBNETS ? subnets.map((s) => s.id) : []), ...(groups.length > MAX_SECURITY_GROUPS ? groups.map((g) => g.id) : [])],
        edgeIds: network.edgeIds,
      });
    }
  },
});
