import { defineRule } from '../define-rule';
import { allowsAction, readStatements } from '../lib/iam';
import { SEEDS } from '../lib/seeds';
import { functionSubnets } from '../lib/network';

const ENI_ACTIONS = ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'];

export const sharedRoleVpcAccess = defineRule({
  id: 'VPC007',
  severity: 'warning',
  title: 'Shared execution roles of VPC functions allow network interfaces',
  why: 'Lambda creates the network interfaces of a VPC function with the function’s execution role. Roles the export creates get AWSLambdaVPCAccessExecutionRole (from the template, or from SAM); a shared role named in the function gets nothing, so it must already allow this, or Lambda refuses to create the function.',
  limit: 'Execution role of a VPC function: ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces, ec2:DeleteNetworkInterface (AWSLambdaVPCAccessExecutionRole).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const role = fn.config.executionRole?.trim();
      if (!role || functionSubnets(index, fn).length === 0) continue;
      const { statements } = readStatements(fn.config.policyStatements);
      if (ENI_ACTIONS.every((action) => allowsAction(statements, action))) continue;
      report({
        message: `Function ${index.name(fn.id)} runs in a VPC with the shared role “${role}”, to which the export adds no VPC permissions: attach AWSLambdaVPCAccessExecutionRole to that role (or allow ec2:CreateNetworkInterface, ec2:DescribeNetworkInterfaces and ec2:DeleteNetworkInterface in the function’s extra statements).`,
        nodeIds: [fn.id],
        edgeIds: index.networkOf(fn).edgeIds,
      });
    }
  },
});
