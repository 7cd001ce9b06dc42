import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const rdsWithoutProxy = defineRule({
  id: 'VPC008',
  severity: 'warning',
  title: 'Functions reach RDS through RDS Proxy',
  why: 'Every concurrent execution environment opens its own database connections, so a scaling function can exhaust the database’s connection limit. RDS Proxy pools and shares connections; AWS recommends it for Lambda functions in production.',
  limit: 'Function → RDS Proxy → database, rather than function → database.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-rds.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const db of index.ofKind('rds-database')) {
      for (const access of index.accessorsOf(db.id)) {
        const proxies = index.in(db.id, 'proxy-target').map((e) => e.source);
        report({
          message: proxies.length > 0
            ? `Function ${index.name(access.fn.id)} connects to database ${index.name(db.id)} directly, bypassing ${index.name(proxies[0] as string)}: connect it to the proxy instead.`
            : `Function ${index.name(access.fn.id)} connects to database ${index.name(db.id)} directly: each execution environment opens its own connections. Put an RDS Proxy in between.`,
          nodeIds: [access.fn.id, db.id, ...proxies],
          edgeIds: [access.edge.id],
        });
      }
    }
  },
});
