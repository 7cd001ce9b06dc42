import { AlbTargetConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const albMultiValueHeaders = defineRule({
  id: 'API005',
  severity: 'info',
  title: 'ALB multi-value headers change the event',
  why: 'With multi-value headers on, the ALB sends repeated headers and query parameters as arrays (multiValueHeaders, multiValueQueryStringParameters) instead of headers and queryStringParameters, and expects multiValueHeaders in the response: the handler must read and answer that shape.',
  limit: 'Target group attribute lambda.multi_value_headers.enabled switches the event and response format.',
  docsUrl: 'https://docs.aws.amazon.com/elasticloadbalancing/latest/application/lambda-functions.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const alb of index.ofKind('alb')) {
      for (const edge of index.out(alb.id, 'invoke-sync')) {
        if (!index.edgeConfig(edge, AlbTargetConfig).multiValueHeaders) continue;
        report({
          message: `Load balancer ${index.name(alb.id)} sends multi-value headers to ${index.name(edge.target)}: it must read multiValueHeaders and multiValueQueryStringParameters and answer with multiValueHeaders.`,
          nodeIds: [alb.id, edge.target],
          edgeIds: [edge.id],
        });
      }
    }
  },
});
