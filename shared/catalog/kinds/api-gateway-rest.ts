import { z } from 'zod';
import { ApiRouteConfig } from '../connections/configs';
import { defineKind } from '../define-kind';
import { boolField, enumField, intField, textField } from '../fields';
import { trafficGroup } from '../traffic';

export const apiGatewayRest = defineKind({
  id: 'api-gateway-rest',
  label: 'API Gateway REST API',
  categories: ['trigger'],
  icon: 'architecture-service/AmazonAPIGateway.svg',
  description: 'Full-featured REST API: API keys, usage plans, request validation.',
  defaultName: 'REST API',
  config: z.object({
    stageName: textField('prod', { description: 'Deployment stage.' }),
    endpointType: enumField(['REGIONAL', 'EDGE', 'PRIVATE'], 'REGIONAL', { description: 'Where the endpoint lives.' }),
    authorizer: enumField(['NONE', 'AWS_IAM', 'COGNITO'], 'NONE', { description: 'Who may call the API.' }),
    integrationTimeoutMs: intField(29000, { description: 'How long API Gateway waits for the function.', unit: 'ms', range: [50, 29000] }),
    tracing: boolField(false, { description: 'X-Ray tracing on the stage.' }),
    traffic: trafficGroup('requests', 'API calls from clients; spread evenly over the routes.'),
  }),
  cfnTypes: ['AWS::Serverless::Api', 'AWS::ApiGateway::RestApi'],
  connections: [{ to: ['lambda-function'], meaning: 'invoke-sync', config: ApiRouteConfig }],
});
