import { z } from 'zod';
import { ApiRouteConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { enumField, intField, listField, textField } from '../fields';

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
  }),
  cfnTypes: ['AWS::Serverless::HttpApi', 'AWS::ApiGatewayV2::Api'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-sync', config: ApiRouteConfig }],
});
