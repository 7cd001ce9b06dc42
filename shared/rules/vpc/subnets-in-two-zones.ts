import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';
import { describeSubnets, functionSubnets } from '../lib/network';

export const subnetsInTwoZones = defineRule({
  id: 'VPC001',
  severity: 'warning',
  title: 'VPC functions in at least two availability zones',
  why: 'Lambda places a VPC function’s network interfaces only in the subnets it is given; when they all lie in one availability zone, an outage of that zone stops the function. AWS Security Hub (Lambda.5) checks that VPC functions span at least two zones.',
  limit: 'Subnets of a VPC function: in ≥ 2 availability zones.',
  docsUrl: 'https://docs.aws.amazon.com/securityhub/latest/userguide/lambda-controls.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const subnets = functionSubnets(index, fn);
      if (subnets.length === 0) continue;
      const zones = new Set(subnets.map((s) => s.config.availabilityZone.trim()));
      if (zones.size >= 2) continue;
      report({
        message: `Function ${index.name(fn.id)} runs only in ${[...zones][0] || 'one zone'} (${describeSubnets(index, subnets)}); add a subnet in a second availability zone so a zone outage does not stop it.`,
        nodeIds: [fn.id, ...subnets.map((s) => s.id)],
        edgeIds: index.networkOf(fn).edgeIds,
      });
    }
  },
});
