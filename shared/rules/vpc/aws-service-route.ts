import type { DesignEdge, DesignNode } from '../../model/design';
import type { Meaning } from '../../model/meaning';
import { defineRule } from '../define-rule';
import { GATEWAY_ENDPOINT_SERVICES, SERVICE_OF_KIND } from '../lib/aws-services';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { describeSubnets, endpointFor, functionSubnets, hasNatEgress, SERVICE_LABELS } from '../lib/network';

/** Connections along which a function calls an AWS service API. */
const CALLING_MEANINGS: readonly Meaning[] = ['access', 'invoke-sync', 'invoke-async'];

interface ServiceCall {
  edge: DesignEdge;
  target: DesignNode;
  service: string;
}

export const awsServiceRoute = defineRule({
  id: 'VPC003',
  severity: 'error',
  title: 'VPC functions reach the AWS services they call',
  why: 'In a VPC, the function’s calls to AWS service APIs (S3, DynamoDB, SQS, SNS, Secrets Manager, other functions…) leave through its subnets. Without a default route to a NAT gateway, or a VPC endpoint for the service (gateway endpoints for S3 and DynamoDB, interface endpoints with private DNS for the others), the calls time out. CloudWatch Logs needs neither: Lambda ships the logs itself.',
  limit: 'Every subnet of a VPC function: a NAT gateway route or a VPC endpoint for each service the function calls.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html',
  seed: SEEDS.longNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const subnets = functionSubnets(index, fn);
      if (subnets.length === 0) continue;
      const calls: ServiceCall[] = [];
      for (const edge of index.outAmong(fn.id, CALLING_MEANINGS)) {
        const target = index.node(edge.target);
        const calling = edge.meaning === 'access' || ((edge.meaning === 'invoke-sync' || edge.meaning === 'invoke-async') && target?.kind === 'lambda-function');
        const service = target ? SERVICE_OF_KIND[target.kind] : undefined;
        if (calling && target && service) calls.push({ edge, target, service });
      }
      const blocked = calls.map((call) => ({ call, subnets: subnets.filter((s) => !hasNatEgress(index, s) && !endpointFor(index, s, call.service)) }))
        .filter((b) => b.subnets.length > 0);
      if (blocked.length === 0) continue;
      const services = [...new Set(blocked.map((b) => b.call.service))];
      const stuck = [...new Set(blocked.flatMap((b) => b.subnets))];
      const what = joinWords(blocked.map((b) => `${SERVICE_LABELS[b.call.service] ?? b.call.service} (${index.name(b.call.target.id)})`));
      const endpoints = joinWords(services.map((s) => (GATEWAY_ENDPOINT_SERVICES.has(s) ? `a gateway endpoint for ${s}` : `an interface endpoint for ${s}`)));
      report({
        message: `Function ${index.name(fn.id)} calls ${what}, but ${describeSubnets(index, stuck)} ${stuck.length === 1 ? 'has' : 'have'} no NAT gateway route and no VPC endpoint they can use for ${services.length === 1 ? 'it' : 'them'}: the calls time out. Route ${stuck.length === 1 ? 'the subnet' : 'the subnets'} through a NAT gateway or add ${endpoints} (with private DNS).`,
        nodeIds: [fn.id, ...blocked.map((b) => b.call.target.id), ...stuck.map((s) => s.id)],
        edgeIds: [...blocked.map((b) => b.call.edge.id), ...index.networkOf(fn).edgeIds],
      });
    }
  },
});
