import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { functionVpcs } from '../lib/network';

export const databaseSameVpc = defineRule({
  id: 'VPC009',
  severity: 'error',
  title: 'Functions reach RDS databases and proxies from their VPC',
  why: 'A function runs outside your VPCs unless it is attached to one, and then it reaches only that VPC. An RDS Proxy is never publicly accessible and the exported databases are private, so the function must run in the VPC of the proxy or database it connects to.',
  limit: 'Function connecting to RDS or RDS Proxy: attached to the VPC of the database or proxy.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      for (const access of index.accessesOf(fn)) {
        if (access.target.kind !== 'rds-database' && access.target.kind !== 'rds-proxy') continue;
        const target = index.vpcOf(access.target.id);
        if (!target) continue;
        const vpcs = functionVpcs(index, fn);
        if (vpcs.some((v) => v.id === target.id)) continue;
        const what = access.target.kind === 'rds-proxy' ? 'proxy' : 'database';
        report({
          message: vpcs.length === 0
            ? `Function ${index.name(fn.id)} connects to ${what} ${index.name(access.target.id)} in VPC ${index.name(target.id)} but is not attached to a VPC: it cannot reach it. Place the function in subnets of ${index.name(target.id)}.`
            : `Function ${index.name(fn.id)} runs in ${joinWords(vpcs.map((v) => index.name(v.id)))} but connects to ${what} ${index.name(access.target.id)} in VPC ${index.name(target.id)}: it cannot reach it.`,
          nodeIds: [fn.id, access.target.id, target.id, ...vpcs.map((v) => v.id)],
          edgeIds: [access.edge.id, ...index.networkOf(fn).edgeIds],
        });
      }
    }
  },
});
