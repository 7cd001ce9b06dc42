import { ApiRouteConfig } from '../../catalog/connections/configs';
import type { DesignEdge, NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, type Intrinsic, Ref, type Sub, sub } from '../intrinsics';
import { pascalCase } from '../logical-ids';
import { edgeConfig } from './edge-config';
import { addPermission, addSamEvent } from './trigger-helpers';

interface Route {
  edge: DesignEdge;
  method: string;
  path: string;
}

export function normalizePath(path: string): string {
  const segments = path.split('/').filter(Boolean);
  return `/${segments.join('/')}`;
}

/** Each method and path of an API once; later duplicates are explained and left out. */
function routesOf(ctx: ExportContext, apiNodeId: string): Route[] {
  const seen = new Set<string>();
  const routes: Route[] = [];
  for (const edge of ctx.index.out(apiNodeId, 'invoke-sync', 'lambda-function')) {
    const config = edgeConfig(edge, ApiRouteConfig);
    const route = { edge, method: config.method, path: normalizePath(config.path) };
    const key = `${route.method} ${route.path}`;
    if (seen.has(key)) {
      ctx.explain(edge.id, { what: 'other', summary: `Route ${key} not written`, reason: 'An API has one integration per method and path; an earlier connection provides it.' });
      continue;
    }
    seen.add(key);
    routes.push(route);
  }
  return routes;
}

function apiUrl(apiId: string, stage: string): Sub {
  return sub(`https://\${${apiId}}.execute-api.\${AWS::Region}.\${AWS::URLSuffix}/${stage}`);
}

function executeApiArn(apiId: string): Sub {
  return sub(`arn:\${AWS::Partition}:execute-api:\${AWS::Region}:\${AWS::AccountId}:\${${apiId}}/*`);
}

/** The user pool that signs tokens: the design's only pool, or a parameter. */
function userPoolArn(ctx: ExportContext, apiId: string): Intrinsic {
  const pools = ctx.index.ofKind('cognito-user-pool');
  if (pools.length === 1 && pools[0]) return new GetAtt(ctx.idOf(pools[0].id), 'Arn');
  return ctx.parameter(`${apiId}UserPoolArn`, { Type: 'String', Description: 'ARN of the Cognito user pool whose tokens the API accepts.' });
}

function jwtIssuer(ctx: ExportContext, apiId: string): Intrinsic {
  const pools = ctx.index.ofKind('cognito-user-pool');
  if (pools.length === 1 && pools[0]) return sub(`https://cognito-idp.\${AWS::Region}.amazonaws.com/\${${ctx.idOf(pools[0].id)}}`);
  return ctx.parameter(`${apiId}JwtIssuer`, { Type: 'String', Description: 'Issuer URL of the tokens the API accepts.' });
}

function jwtAudience(ctx: ExportContext, apiId: string): Intrinsic {
  return ctx.parameter(`${apiId}JwtAudience`, { Type: 'CommaDelimitedList', Description: 'Audiences (app client ids) of the tokens the API accepts.' });
}

function integrationUri(ctx: ExportContext, fnNodeId: string): Sub {
  const plan = ctx.plan(fnNodeId);
  const arn = plan.alias !== undefined && plan.aliasId ? `\${${plan.aliasId}}` : `\${${plan.id}.Arn}`;
  return sub(`arn:\${AWS::Partition}:apigateway:\${AWS::Region}:lambda:path/2015-03-31/functions/${arn}/invocations`);
}

const PRIVATE_POLICY_STATEMENT = { Effect: 'Allow', Principal: '*', Action: 'execute-api:Invoke', Resource: 'execute-api:/*' };

function emitRestApiSam(ctx: ExportContext, api: NodeOfKind<'api-gateway-rest'>, routes: Route[]): void {
  const id = ctx.idOf(api.id);
  const { config } = api;
  const auth: Record<string, unknown> = {};
  if (config.authorizer === 'AWS_IAM') auth.DefaultAuthorizer = 'AWS_IAM';
  if (config.authorizer === 'COGNITO') Object.assign(auth, { DefaultAuthorizer: 'CognitoAuthorizer', Authorizers: { CognitoAuthorizer: { UserPoolArn: userPoolArn(ctx, id) } } });
  if (config.endpointType === 'PRIVATE') auth.ResourcePolicy = { CustomStatements: [PRIVATE_POLICY_STATEMENT] };
  ctx.add(id, {
    Type: 'AWS::Serverless::Api',
    Properties: {
      Name: api.name,
      StageName: config.stageName,
      EndpointConfiguration: { Type: config.endpointType },
      ...(config.tracing ? { TracingEnabled: true } : {}),
      ...(Object.keys(auth).length > 0 ? { Auth: auth } : {}),
    },
  }, { group: 'trigger', node: api.id });
  for (const route of routes) {
    addSamEvent(ctx, route.edge, {
      Type: 'Api',
      Properties: { RestApiId: new Ref(id), Path: route.path, Method: route.method, ...(config.integrationTimeoutMs !== 29000 ? { TimeoutInMillis: config.integrationTimeoutMs } : {}) },
    }, `${route.method} ${route.path}`, 'API Gateway invokes the function synchronously for each request on this route; SAM adds the route and the permission.');
  }
}

function emitRestApiCfn(ctx: ExportContext, api: NodeOfKind<'api-gateway-rest'>, routes: Route[]): void {
  const id = ctx.idOf(api.id);
  const { config } = api;
  ctx.add(id, {
    Type: 'AWS::ApiGateway::RestApi',
    Properties: {
      Name: api.name,
      EndpointConfiguration: { Types: [config.endpointType] },
      ...(config.endpointType === 'PRIVATE' ? { Policy: { Version: '2012-10-17', Statement: [PRIVATE_POLICY_STATEMENT] } } : {}),
    },
  }, { group: 'trigger', node: api.id });
  const authorizer = config.authorizer === 'COGNITO'
    ? ctx.add(ctx.ids.derive(id, 'Authorizer'), {
      Type: 'AWS::ApiGateway::Authorizer',
      Properties: { RestApiId: new Ref(id), Name: 'CognitoAuthorizer', Type: 'COGNITO_USER_POOLS', IdentitySource: 'method.request.header.Authorization', ProviderARNs: [userPoolArn(ctx, id)] },
    }, { group: 'trigger', node: api.id })
    : undefined;
  const resources = new Map<string, string>();
  const resourceFor = (path: string): Intrinsic => {
    if (path === '/') return new GetAtt(id, 'RootResourceId');
    const existing = resources.get(path);
    if (existing) return new Ref(existing);
    const cut = path.lastIndexOf('/');
    const parent = resourceFor(cut === 0 ? '/' : path.slice(0, cut));
    const resourceId = ctx.add(ctx.ids.derive(id, `${pascalCase(path) || 'Path'}Resource`), {
      Type: 'AWS::ApiGateway::Resource',
      Properties: { RestApiId: new Ref(id), ParentId: parent, PathPart: path.slice(cut + 1) },
    }, { group: 'trigger', node: api.id });
    resources.set(path, resourceId);
    return new Ref(resourceId);
  };
  const methods: string[] = [];
  for (const route of routes) {
    const resource = resourceFor(route.path);
    const methodId = ctx.add(ctx.ids.derive(id, `${pascalCase(route.path) || 'Root'}${pascalCase(route.method.toLowerCase())}Method`), {
      Type: 'AWS::ApiGateway::Method',
      Properties: {
        RestApiId: new Ref(id),
        ResourceId: resource,
        HttpMethod: route.method,
        AuthorizationType: config.authorizer === 'COGNITO' ? 'COGNITO_USER_POOLS' : config.authorizer,
        ...(authorizer ? { AuthorizerId: new Ref(authorizer) } : {}),
        Integration: {
          Type: 'AWS_PROXY',
          IntegrationHttpMethod: 'POST',
          Uri: integrationUri(ctx, route.edge.target),
          ...(config.integrationTimeoutMs !== 29000 ? { TimeoutInMillis: config.integrationTimeoutMs } : {}),
        },
      },
    }, { group: 'trigger', node: api.id, edge: route.edge.id });
    methods.push(methodId);
    ctx.explain(route.edge.id, { what: 'event', logicalId: methodId, summary: `${route.method} ${route.path} on ${api.name} proxies to ${ctx.plan(route.edge.target).node.name}`, reason: 'API Gateway invokes the function synchronously for each request on this route (Lambda proxy integration).' });
    addPermission(ctx, route.edge, { principal: 'apigateway.amazonaws.com', sourceArn: executeApiArn(id), reason: 'API Gateway may invoke the function only when its resource policy allows this API.' });
  }
  if (methods.length === 0) return;
  const deployment = ctx.add(ctx.ids.derive(id, 'Deployment'), { Type: 'AWS::ApiGateway::Deployment', DependsOn: methods, Properties: { RestApiId: new Ref(id) } }, { group: 'trigger', node: api.id });
  ctx.add(ctx.ids.derive(id, 'Stage'), {
    Type: 'AWS::ApiGateway::Stage',
    Properties: { RestApiId: new Ref(id), DeploymentId: new Ref(deployment), StageName: config.stageName, ...(config.tracing ? { TracingEnabled: true } : {}) },
  }, { group: 'trigger', node: api.id });
}

function emitHttpApiSam(ctx: ExportContext, api: NodeOfKind<'api-gateway-http'>, routes: Route[]): void {
  const id = ctx.idOf(api.id);
  const { config } = api;
  let auth: Record<string, unknown> | undefined;
  if (config.authorizer === 'AWS_IAM') auth = { EnableIamAuthorizer: true, DefaultAuthorizer: 'AWS_IAM' };
  if (config.authorizer === 'JWT') {
    auth = {
      Authorizers: { JwtAuthorizer: { IdentitySource: '$request.header.Authorization', JwtConfiguration: { issuer: jwtIssuer(ctx, id), audience: jwtAudience(ctx, id) } } },
      DefaultAuthorizer: 'JwtAuthorizer',
    };
  }
  ctx.add(id, {
    Type: 'AWS::Serverless::HttpApi',
    Properties: {
      ...(config.stageName !== '$default' ? { StageName: config.stageName } : {}),
      ...(config.corsAllowOrigins.length > 0 ? { CorsConfiguration: { AllowOrigins: config.corsAllowOrigins } } : {}),
      ...(auth ? { Auth: auth } : {}),
    },
  }, { group: 'trigger', node: api.id });
  for (const route of routes) {
    addSamEvent(ctx, route.edge, {
      Type: 'HttpApi',
      Properties: { ApiId: new Ref(id), Path: route.path, Method: route.method, ...(config.integrationTimeoutMs !== 30000 ? { TimeoutInMillis: config.integrationTimeoutMs } : {}) },
    }, `${route.method} ${route.path}`, 'API Gateway invokes the function synchronously for each request on this route; SAM adds the route, the integration and the permission.');
  }
}

function emitHttpApiCfn(ctx: ExportContext, api: NodeOfKind<'api-gateway-http'>, routes: Route[]): void {
  const id = ctx.idOf(api.id);
  const { config } = api;
  ctx.add(id, {
    Type: 'AWS::ApiGatewayV2::Api',
    Properties: {
      Name: api.name,
      ProtocolType: 'HTTP',
      ...(config.corsAllowOrigins.length > 0 ? { CorsConfiguration: { AllowOrigins: config.corsAllowOrigins } } : {}),
    },
  }, { group: 'trigger', node: api.id });
  const authorizer = config.authorizer === 'JWT'
    ? ctx.add(ctx.ids.derive(id, 'Authorizer'), {
      Type: 'AWS::ApiGatewayV2::Authorizer',
      Properties: {
        ApiId: new Ref(id),
        Name: 'JwtAuthorizer',
        AuthorizerType: 'JWT',
        IdentitySource: ['$request.header.Authorization'],
        JwtConfiguration: { Issuer: jwtIssuer(ctx, id), Audience: jwtAudience(ctx, id) },
      },
    }, { group: 'trigger', node: api.id })
    : undefined;
  const integrations = new Map<string, string>();
  for (const route of routes) {
    const fnNodeId = route.edge.target;
    let integration = integrations.get(fnNodeId);
    if (!integration) {
      integration = ctx.add(ctx.ids.derive(id, `${ctx.plan(fnNodeId).id}Integration`), {
        Type: 'AWS::ApiGatewayV2::Integration',
        Properties: {
          ApiId: new Ref(id),
          IntegrationType: 'AWS_PROXY',
          IntegrationUri: integrationUri(ctx, fnNodeId),
          PayloadFormatVersion: '2.0',
          ...(config.integrationTimeoutMs !== 30000 ? { TimeoutInMillis: config.integrationTimeoutMs } : {}),
        },
      }, { group: 'trigger', node: api.id });
      integrations.set(fnNodeId, integration);
    }
    ctx.mapEdge(route.edge.id, integration);
    const routeId = ctx.add(ctx.ids.derive(id, `${pascalCase(route.path) || 'Root'}${pascalCase(route.method.toLowerCase())}Route`), {
      Type: 'AWS::ApiGatewayV2::Route',
      Properties: {
        ApiId: new Ref(id),
        RouteKey: `${route.method} ${route.path}`,
        Target: sub(`integrations/\${${integration}}`),
        AuthorizationType: config.authorizer,
        ...(authorizer ? { AuthorizerId: new Ref(authorizer) } : {}),
      },
    }, { group: 'trigger', node: api.id, edge: route.edge.id });
    ctx.explain(route.edge.id, { what: 'event', logicalId: routeId, summary: `Route ${route.method} ${route.path} on ${api.name} to ${ctx.plan(fnNodeId).node.name}`, reason: 'API Gateway invokes the function synchronously for each request on this route (Lambda proxy integration).' });
    addPermission(ctx, route.edge, { principal: 'apigateway.amazonaws.com', sourceArn: executeApiArn(id), reason: 'API Gateway may invoke the function only when its resource policy allows this API.' });
  }
  ctx.add(ctx.ids.derive(id, 'Stage'), {
    Type: 'AWS::ApiGatewayV2::Stage',
    Properties: { ApiId: new Ref(id), StageName: config.stageName, AutoDeploy: true },
  }, { group: 'trigger', node: api.id });
}

/** REST and HTTP APIs with their routes to functions. */
export function emitApis(ctx: ExportContext): void {
  for (const api of ctx.index.ofKind('api-gateway-rest')) {
    const routes = routesOf(ctx, api.id);
    if (ctx.sam) emitRestApiSam(ctx, api, routes);
    else emitRestApiCfn(ctx, api, routes);
    ctx.output(`${ctx.idOf(api.id)}Url`, { Description: `Invoke URL of ${api.name}`, Value: apiUrl(ctx.idOf(api.id), api.config.stageName) }, api.id);
  }
  for (const api of ctx.index.ofKind('api-gateway-http')) {
    const routes = routesOf(ctx, api.id);
    if (ctx.sam) emitHttpApiSam(ctx, api, routes);
    else emitHttpApiCfn(ctx, api, routes);
    ctx.output(`${ctx.idOf(api.id)}Url`, { Description: `Invoke URL of ${api.name}`, Value: apiUrl(ctx.idOf(api.id), api.config.stageName === '$default' ? '' : api.config.stageName) }, api.id);
  }
}
