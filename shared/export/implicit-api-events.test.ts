import { describe, expect, it } from 'vitest';
import type { Design, DesignNode } from '../model/design';
import { importTemplate } from '../import/import-template';
import { exportTemplate } from './export-template';
import { danglingReferences, type TemplateJson } from './template-checks.test-support';

/** SAM writes schedules and routes of its implicit API inside functions; the importer draws them as nodes of their own. */
const TEMPLATE = `AWSTemplateFormatVersion: '2010-09-09'
Transform: AWS::Serverless-2016-10-31
Resources:
  ListOrders:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/
      Events:
        List:
          Type: Api
          Properties:
            Path: /orders
            Method: get
  PlaceOrder:
    Type: AWS::Serverless::Function
    Properties:
      Runtime: python3.13
      Handler: app.handler
      CodeUri: src/ # the same package
      Events:
        Place:
          Type: Api
          Properties:
            Path: /orders
            Method: post
        Nightly:
          Type: Schedule
          Properties:
            Schedule: cron(0 3 * * ? *)
`;

function imported(): Design {
  const result = importTemplate(TEMPLATE, 'orders.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.design;
}

const withNode = (design: Design, id: string, change: (node: DesignNode) => DesignNode): Design => ({ ...design, nodes: design.nodes.map((n) => (n.id === id ? change(n) : n)) });
const json = (design: Design, target: 'sam' | 'cfn') => JSON.parse(exportTemplate(design, { target, format: 'json' })) as TemplateJson;

describe('SAM’s implicit API, drawn', () => {
  it('is one node that every event naming no API connects to its function, with the route', () => {
    const design = imported();
    expect(design.nodes.find((n) => n.id === 'ServerlessRestApi')?.kind).toBe('api-gateway-rest');
    const routes = design.edges.filter((e) => e.source === 'ServerlessRestApi').map((e) => [e.target, e.config]);
    expect(routes).toEqual([['ListOrders', { method: 'GET', path: '/orders' }], ['PlaceOrder', { method: 'POST', path: '/orders' }]]);
  });

  it('goes back to SAM as it was: no API resource, events as written', () => {
    expect(exportTemplate(imported(), { target: 'sam' })).toBe(TEMPLATE);
  });

  it('edited, is written as an API of its own that each of its events now names, the rest of the text as it was', () => {
    const design = withNode(imported(), 'ServerlessRestApi', (n) => ({ ...n, config: { ...n.config, stageName: 'v2' } } as DesignNode));
    const text = exportTemplate(design, { target: 'sam' });
    const template = json(design, 'sam');
    const apis = Object.entries(template.Resources).filter(([, r]) => r.Type === 'AWS::Serverless::Api');
    expect(apis).toHaveLength(1);
    const [apiId, api] = apis[0] as [string, TemplateJson['Resources'][string]];
    expect(api.Properties?.StageName).toBe('v2');
    for (const [fn, event] of [['ListOrders', 'List'], ['PlaceOrder', 'Place']] as const) {
      const events = template.Resources[fn]?.Properties?.Events as Record<string, { Properties: Record<string, unknown> }>;
      expect(events[event]?.Properties.RestApiId).toEqual({ Ref: apiId });
    }
    expect(text).toContain('CodeUri: src/ # the same package');
    expect(danglingReferences(template)).toEqual([]);
  });
});

describe('exported to CloudFormation', () => {
  const template = json(imported(), 'cfn');

  it('writes the implicit API as a REST API with both routes, and the schedule, rather than losing what SAM made of them', () => {
    expect(Object.values(template.Resources).filter((r) => r.Type === 'AWS::ApiGateway::RestApi')).toHaveLength(1);
    const methods = Object.values(template.Resources).filter((r) => r.Type === 'AWS::ApiGateway::Method').map((r) => r.Properties?.HttpMethod).sort();
    expect(methods).toEqual(['GET', 'POST']);
    const schedules = Object.values(template.Resources).filter((r) => r.Type === 'AWS::Scheduler::Schedule' || r.Type === 'AWS::Events::Rule');
    expect(schedules.map((r) => r.Properties?.ScheduleExpression)).toEqual(['cron(0 3 * * ? *)']);
    expect(template.Transform).toBeUndefined();
    expect(danglingReferences(template)).toEqual([]);
  });
});
