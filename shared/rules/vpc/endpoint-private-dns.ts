import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const endpointPrivateDns = defineRule({
  id: 'VPC014',
  severity: 'error',
  title: 'Private DNS of interface endpoints needs DNS in the VPC',
  why: 'An interface endpoint with private DNS answers the service’s usual name (such as sqs.us-east-1.amazonaws.com) inside the VPC, so the SDK uses it unchanged. That needs both DNS attributes of the VPC on; otherwise the endpoint cannot be created with private DNS.',
  limit: 'PrivateDnsEnabled: requires enableDnsSupport and enableDnsHostnames on the VPC.',
  docsUrl: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-ec2-vpcendpoint.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const endpoint of index.ofKind('vpc-endpoint')) {
      if (endpoint.config.endpointType !== 'Interface' || !endpoint.config.privateDns) continue;
      const vpc = index.vpcOf(endpoint.id);
      if (!vpc) continue;
      const off = [
        ...(vpc.config.enableDnsSupport ? [] : ['enableDnsSupport']),
        ...(vpc.config.enableDnsHostnames ? [] : ['enableDnsHostnames']),
      ];
      if (off.length === 0) continue;
      report({
        message: `Endpoint ${index.name(endpoint.id)} uses private DNS, but VPC ${index.name(vpc.id)} has ${joinWords(off)} turned off.`,
        nodeIds: [endpoint.id, vpc.id],
        fix: { label: `Turn on ${joinWords(off)} in ${index.name(vpc.id)}`, changes: off.map((setting) => nodeChange(vpc.id, [setting], true)) },
      });
    }
  },
});
