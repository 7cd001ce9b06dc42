import type { DesignNode } from '../model/design';
import { isJsonObject } from '../model/json-object';
import type { ConnectionBuilder } from './connections';
import type { Json } from './parse-template';
import { namedResourceOfType, propertiesOf } from './resource-properties';
import { functionNamedBy } from './function-named-by';

const METHODS = new Set(['ANY', 'GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);
const INTEGRATION = 'x-amazon-apigateway-integration';

/**
 * An integration that invokes the function as an event (`X-Amz-Invocation-Type: 'Event'`): API
 * Gateway answers at once and does not wait for the function, which the design's API connection
 * (synchronous, with the API's timeout) would misstate, so it is not drawn.
 */
function invokesAsEvent(integration: Json): boolean {
  const parameters = integration.RequestParameters ?? integration.requestParameters;
  const type = isJsonObject(parameters) ? parameters['integration.request.header.X-Amz-Invocation-Type'] : undefined;
  return typeof type === 'string' && type.replace(/'/g, '').trim().toLowerCase() === 'event';
}

/** A route's method and path as the design holds them; what the design cannot hold (`$connect`, `x-amazon-apigateway-any-method`) leaves the default. */
function routeSettings(method: unknown, path: unknown): Json {
  const upper = typeof method === 'string' ? method.toUpperCase() : undefined;
  return {
    ...(upper !== undefined && METHODS.has(upper) ? { method: upper } : {}),
    ...(typeof path === 'string' && path.startsWith('/') ? { path } : {}),
  };
}

/** The path of a REST API resource: its PathPart after its parents', up to the API's root (`!GetAtt Api.RootResourceId`). */
function restPath(resources: Json, resourceId: unknown): string | undefined {
  const parts: string[] = [];
  let current = resourceId;
  for (let depth = 0; depth < 32; depth++) {
    const found = namedResourceOfType(resources, current, 'AWS::ApiGateway::Resource');
    if (!found) return `/${parts.join('/')}`;
    const [, p] = found;
    if (typeof p.PathPart !== 'string') return undefined;
    parts.unshift(p.PathPart);
    current = p.ParentId;
  }
  return undefined;
}

/** Routes of an OpenAPI definition written in the template (Body, DefinitionBody) whose integration names a function. */
function openApiRoutes(api: DesignNode, definition: unknown, resources: Json, builder: ConnectionBuilder): void {
  if (!isJsonObject(definition) || !isJsonObject(definition.paths)) return;
  for (const [path, operations] of Object.entries(definition.paths)) {
    if (!isJsonObject(operations)) continue;
    for (const [method, operation] of Object.entries(operations)) {
      const integration = isJsonObject(operation) ? operation[INTEGRATION] : undefined;
      if (!isJsonObject(integration) || invokesAsEvent(integration)) continue;
      const fn = functionNamedBy(integration.uri, resources, builder);
      if (fn) builder.connect(api.id, fn.id, 'invoke-sync', routeSettings(method === 'x-amazon-apigateway-any-method' ? 'ANY' : method, path));
    }
  }
}

/**
 * API Gateway drawn to the functions it integrates, where a template writes the integration as
 * resources of its own (REST API methods; HTTP and WebSocket API routes and integrations) or in an
 * OpenAPI definition, rather than as SAM function events. Each connection carries the route's method
 * and path. The methods, routes and integrations stay as the template wrote them.
 */
export function rebuildApiIntegrations(resources: Json, builder: ConnectionBuilder): void {
  const entries = Object.entries(resources);
  const routed = new Set<string>();
  for (const [id, resource] of entries) {
    if (!isJsonObject(resource)) continue;
    const p = propertiesOf(resource);
    switch (resource.Type) {
      case 'AWS::ApiGateway::Method': {
        const api = builder.nodeNamedBy(p.RestApiId);
        const integration = isJsonObject(p.Integration) ? p.Integration : {};
        const fn = invokesAsEvent(integration) ? undefined : functionNamedBy(integration.Uri, resources, builder);
        if (api?.kind === 'api-gateway-rest' && fn) builder.connect(api.id, fn.id, 'invoke-sync', routeSettings(p.HttpMethod, restPath(resources, p.ResourceId)));
        break;
      }
      case 'AWS::ApiGatewayV2::Route': {
        const api = builder.nodeNamedBy(p.ApiId);
        const integration = namedResourceOfType(resources, p.Target, 'AWS::ApiGatewayV2::Integration');
        const fn = integration ? functionNamedBy(integration[1].IntegrationUri, resources, builder) : undefined;
        if (!integration || api?.kind !== 'api-gateway-http' || !fn) break;
        routed.add(integration[0]);
        const [method, path] = typeof p.RouteKey === 'string' ? p.RouteKey.split(' ') : [];
        builder.connect(api.id, fn.id, 'invoke-sync', routeSettings(method, path));
        break;
      }
      case 'AWS::ApiGateway::RestApi':
      case 'AWS::Serverless::Api':
      case 'AWS::Serverless::HttpApi':
      case 'AWS::ApiGatewayV2::Api': {
        const api = builder.node(id);
        if (api) openApiRoutes(api, p.Body ?? p.DefinitionBody, resources, builder);
        break;
      }
      default:
        break;
    }
  }
  // An integration no route names (a WebSocket API's, or one a route names through a parameter) still invokes its function.
  for (const [id, resource] of entries) {
    if (!isJsonObject(resource) || resource.Type !== 'AWS::ApiGatewayV2::Integration' || routed.has(id)) continue;
    const p = propertiesOf(resource);
    const api = builder.nodeNamedBy(p.ApiId);
    const fn = functionNamedBy(p.IntegrationUri, resources, builder);
    if (api?.kind === 'api-gateway-http' && fn) builder.connect(api.id, fn.id, 'invoke-sync');
  }
}
