import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const proxyDatabaseSameVpc = defineRule({
  id: 'VPC015',
  severity: 'error',
  title: 'RDS Proxy in the same VPC as its database',
  why: 'An RDS Proxy must be in the same VPC as the database it pools connections to (an RDS Proxy limitation); a proxy in another VPC cannot serve it.',
  limit: 'RDS Proxy and target database: same VPC.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-proxy.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const proxy of index.ofKind('rds-proxy')) {
      const proxyVpc = index.vpcOf(proxy.id);
      if (!proxyVpc) continue;
      for (const edge of index.out(proxy.id, 'proxy-target')) {
        const dbVpc = index.vpcOf(edge.target);
        if (!dbVpc || dbVpc.id === proxyVpc.id) continue;
        report({
          message: `Proxy ${index.name(proxy.id)} is in VPC ${index.name(proxyVpc.id)} but its database ${index.name(edge.target)} is in ${index.name(dbVpc.id)}; a proxy must be in its database’s VPC.`,
          nodeIds: [proxy.id, edge.target, proxyVpc.id, dbVpc.id],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
