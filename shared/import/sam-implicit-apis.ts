/**
 * The APIs SAM makes for `Api` and `HttpApi` events that name none (by the property given here):
 * one per template and type, under these logical ids, drawn as one node of the kind given here.
 */
export const SAM_IMPLICIT_APIS = {
  ServerlessRestApi: { kind: 'api-gateway-rest', eventType: 'Api', apiProperty: 'RestApiId' },
  ServerlessHttpApi: { kind: 'api-gateway-http', eventType: 'HttpApi', apiProperty: 'ApiId' },
} as const;

export type SamImplicitApi = keyof typeof SAM_IMPLICIT_APIS;
