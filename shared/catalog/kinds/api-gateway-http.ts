import { z } from 'zod';
import { ApiRouteConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField, intField, listField, textField } from '../fields';
import { sizedTrafficGroup } from '../traffic';

export const apiGatewayHttp = defineKind({
  id: 'api-gateway-http',
  label: 'API Gateway HTTP API',
  categories: ['trigger'],
  icon: 'resource/AmazonAPIGatewayEndpoint.svg',
  description: 'Lower-cost, lower-latency HTTP API with JWT authorizers.',
  defaultName: 'HTTP API',
  config: z.object({
    stageName: textField('$default', { description: 'Deployment stage.' }),
    authorizer: enumField(['NONE', 'AWS_IAM', 'JWT'], 'NONE', { description: 'Who may call the API.' }),
    corsAllowOrigins: listField([], { description: 'Origins allowed to call the API from a browser.' }),
    integrationTimeoutMs: intField(30000, { description: 'How long API Gateway waits for the function.', unit: 'ms', range: [50, 30000] }),
    traffic: sizedTrafficGroup('requests', 'API calls from clients; spread evenly over the routes.', 'Average request size; HTTP APIs meter requests in 512 KB steps.'),
  }),
  cfnTypes: ['AWS::Serverless::HttpApi', 'AWS::ApiGatewayV2::Api'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-sync', config: ApiRouteConfig }],
});
