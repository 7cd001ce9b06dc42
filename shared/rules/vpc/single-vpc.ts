import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const singleVpc = defineRule({
  id: 'VPC006',
  severity: 'error',
  title: 'A function’s subnets and security groups in one VPC',
  why: 'A function connects to exactly one VPC: every subnet and security group in its VpcConfig must belong to that VPC, or Lambda refuses the configuration.',
  limit: 'Subnets and security groups of a function: all in the same VPC.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (index.isEdgeFunction(fn)) continue;
      const network = index.networkOf(fn);
      if (network.vpcs.length < 2) continue;
      report({
        message: `Function ${index.name(fn.id)} is attached to subnets or security groups of ${network.vpcs.length} VPCs (${joinWords(network.vpcs.map((v) => index.name(v.id)))}); a function joins one VPC.`,
        nodeIds: [fn.id, ...network.vpcs.map((v) => v.id), ...network.subnets.map((s) => s.id), ...network.securityGroups.map((g) => g.id)],
        edgeIds: network.edgeIds,
      });
    }
  },
});
