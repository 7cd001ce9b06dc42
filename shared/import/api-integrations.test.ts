import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { importTemplate } from './import-template';

function invokes(text: string): { from: string; to: string; config: unknown }[] {
  const result = importTemplate(text, 'api.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return (result.design as Design).edges.filter((e) => e.meaning === 'invoke-sync').map((e) => ({ from: e.source, to: e.target, config: e.config }));
}

const FUNCTIONS = `
  Orders:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  Audit:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
`;

const REST = `Resources:${FUNCTIONS}
  Api:
    Type: AWS::ApiGateway::RestApi
    Properties: { Name: shop }
  OrdersResource:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !GetAtt Api.RootResourceId, PathPart: orders }
  OrderResource:
    Type: AWS::ApiGateway::Resource
    Properties: { RestApiId: !Ref Api, ParentId: !Ref OrdersResource, PathPart: '{id}' }
  GetOrder:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !Ref OrderResource
      HttpMethod: get
      AuthorizationType: NONE
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Orders.Arn}/invocations
  RecordAudit:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      ResourceId: !GetAtt Api.RootResourceId
      HttpMethod: POST
      AuthorizationType: NONE
      Integration:
        Type: AWS
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Audit.Arn}/invocations
        RequestParameters:
          integration.request.header.X-Amz-Invocation-Type: "'Event'"
`;

describe('REST API methods written as resources', () => {
  it('connects the API to the function a method integrates, with the method and the path its resources spell', () => {
    expect(invokes(REST)).toEqual([{ from: 'Api', to: 'Orders', config: { method: 'GET', path: '/orders/{id}' } }]);
  });

  it('does not draw an integration that invokes its function as an event, which the API does not wait for', () => {
    expect(invokes(REST).some((e) => e.to === 'Audit')).toBe(false);
    const waited = REST.replace(`RequestParameters:\n          integration.request.header.X-Amz-Invocation-Type: "'Event'"`, '');
    expect(invokes(waited)).toContainEqual({ from: 'Api', to: 'Audit', config: { method: 'POST', path: '/' } });
  });
});

const HTTP = `Resources:${FUNCTIONS}
  Api:
    Type: AWS::ApiGatewayV2::Api
    Properties: { Name: shop, ProtocolType: HTTP }
  OrdersIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties: { ApiId: !Ref Api, IntegrationType: AWS_PROXY, IntegrationUri: !GetAtt Orders.Arn, PayloadFormatVersion: '2.0' }
  OrdersRoute:
    Type: AWS::ApiGatewayV2::Route
    Properties: { ApiId: !Ref Api, RouteKey: 'PUT /orders/{id}', Target: !Sub 'integrations/\${OrdersIntegration}' }
  AuditIntegration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref Api
      IntegrationType: AWS_PROXY
      IntegrationUri: !Join ['', ['arn:aws:apigateway:', !Ref AWS::Region, ':lambda:path/2015-03-31/functions/', !GetAtt Audit.Arn, /invocations]]
`;

describe('HTTP and WebSocket API routes and integrations', () => {
  it('connects the API to the function of each route’s integration, with the route key’s method and path', () => {
    expect(invokes(HTTP)).toContainEqual({ from: 'Api', to: 'Orders', config: { method: 'PUT', path: '/orders/{id}' } });
  });

  it('connects an integration no route names with the default route', () => {
    expect(invokes(HTTP)).toContainEqual({ from: 'Api', to: 'Audit', config: { method: 'ANY', path: '/{proxy+}' } });
  });

  it('keeps the default for a route key that is not a method and a path ($connect)', () => {
    const socket = HTTP.replace("RouteKey: 'PUT /orders/{id}'", 'RouteKey: $connect');
    expect(invokes(socket)).toContainEqual({ from: 'Api', to: 'Orders', config: { method: 'ANY', path: '/{proxy+}' } });
  });
});

describe('OpenAPI definitions in the template', () => {
  it('connects the API to each function an operation’s integration names', () => {
    const text = `Transform: AWS::Serverless-2016-10-31
Resources:${FUNCTIONS}
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
      DefinitionBody:
        openapi: '3.0.1'
        paths:
          /orders:
            post:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Orders.Arn}/invocations
          /audit:
            x-amazon-apigateway-any-method:
              x-amazon-apigateway-integration:
                type: aws
                uri: !Sub arn:aws:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/\${Audit.Arn}/invocations
                requestParameters:
                  integration.request.header.X-Amz-Invocation-Type: "'Event'"
`;
    expect(invokes(text)).toEqual([{ from: 'Api', to: 'Orders', config: { method: 'POST', path: '/orders' } }]);
  });
});

describe('subscriptions written inside a topic', () => {
  it('connects the topic to each function and queue its Subscription list names', () => {
    const result = importTemplate(`Resources:${FUNCTIONS}
  Jobs:
    Type: AWS::SQS::Queue
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - { Protocol: lambda, Endpoint: !GetAtt Orders.Arn }
        - { Protocol: sqs, Endpoint: !GetAtt Jobs.Arn }
`, 'topic.yaml');
    if (!result.ok) throw new Error('does not import');
    expect(result.design.edges.map((e) => `${e.source} ${e.meaning} ${e.target}`).sort()).toEqual(['Topic invoke-async Orders', 'Topic subscription Jobs']);
  });
});
