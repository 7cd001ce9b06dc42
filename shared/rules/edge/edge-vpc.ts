import { defineRule } from '../define-rule';
import { edgeFunctions } from '../lib/edge-functions';
import { SEEDS } from '../lib/seeds';

export const edgeVpc = defineRule({
  id: 'EDG005',
  severity: 'error',
  title: 'Lambda@Edge functions stay out of VPCs',
  why: 'Lambda@Edge functions run in CloudFront’s locations and cannot be configured to reach resources inside a VPC, so they cannot mount EFS either. Export writes no VpcConfig and no file system for them; reach private resources through a regional API or function instead.',
  limit: 'Lambda@Edge: no VPC configuration (subnets, security groups) and no file system.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/lambda-at-edge-function-restrictions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of edgeFunctions(index)) {
      const mounts = index.out(fn.id, 'mount');
      if (!index.inVpc(fn) && mounts.length === 0) continue;
      const network = index.networkOf(fn);
      const parts = [...network.subnets, ...network.securityGroups].map((n) => index.name(n.id));
      const where = [
        ...(parts.length > 0 ? [`is placed in ${parts.join(', ')}`] : []),
        ...(mounts.length > 0 ? [`mounts ${mounts.map((e) => index.name(e.target)).join(', ')}`] : []),
      ].join(' and ');
      report({
        message: `Lambda@Edge function ${index.name(fn.id)} ${where}; Lambda@Edge cannot run in a VPC, so export leaves this out.`,
        nodeIds: [fn.id, ...network.subnets.map((s) => s.id), ...network.securityGroups.map((g) => g.id), ...mounts.map((e) => e.target)],
        edgeIds: [...network.edgeIds, ...mounts.map((e) => e.id)],
      });
    }
  },
});
