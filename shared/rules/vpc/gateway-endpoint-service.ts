import { defineRule } from '../define-rule';
import { GATEWAY_ENDPOINT_SERVICES } from '../lib/aws-services';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';
import { endpointService } from '../lib/network';

export const gatewayEndpointService = defineRule({
  id: 'VPC013',
  severity: 'error',
  title: 'Gateway endpoints only for S3 and DynamoDB',
  why: 'Gateway VPC endpoints exist for Amazon S3 and DynamoDB only; every other service is reached privately through an interface endpoint, which places network interfaces in the subnets.',
  limit: 'VpcEndpointType Gateway: service s3 or dynamodb.',
  docsUrl: 'https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const endpoint of index.ofKind('vpc-endpoint')) {
      const service = endpointService(endpoint);
      if (endpoint.config.endpointType !== 'Gateway' || GATEWAY_ENDPOINT_SERVICES.has(service)) continue;
      report({
        message: `Endpoint ${index.name(endpoint.id)} is a gateway endpoint for ${service}; gateway endpoints exist only for s3 and dynamodb, so ${service} needs an interface endpoint.`,
        nodeIds: [endpoint.id],
        fix: { label: 'Make it an interface endpoint', changes: [nodeChange(endpoint.id, ['endpointType'], 'Interface')] },
      });
    }
  },
});
