import { describe, expect, it } from 'vitest';
import type { Design } from '../model/design';
import { importTemplate } from './import-template';

function imported(text: string): Design {
  const result = importTemplate(text, 'web.yaml');
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.design;
}

const edgesOf = (design: Design) => design.edges.map((e) => ({ from: e.source, to: e.target, meaning: e.meaning, config: e.config }));

const LOAD_BALANCER = `Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  SubnetA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24 }
  SubnetB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  Balancer:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
    Properties: { Scheme: internal, Subnets: [!Ref SubnetA, !Ref SubnetB] }
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Balancer
      Port: 80
      Protocol: HTTP
      DefaultActions: [{ Type: forward, TargetGroupArn: !Ref FallbackTargets }]
  OrdersRule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 7
      Conditions: [{ Field: path-pattern, Values: [/orders/*] }]
      Actions:
        - Type: forward
          ForwardConfig: { TargetGroups: [{ TargetGroupArn: !Ref OrdersTargets, Weight: 1 }] }
  OrdersTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      TargetType: lambda
      Targets: [{ Id: !GetAtt Orders.Arn }]
      TargetGroupAttributes: [{ Key: lambda.multi_value_headers.enabled, Value: 'true' }]
  FallbackTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      TargetType: lambda
      Targets: [{ Id: !Ref FallbackAlias }]
  FallbackAlias:
    Type: AWS::Lambda::Alias
    Properties: { FunctionName: !Ref Fallback, FunctionVersion: $LATEST, Name: live }
  InstanceTargets:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties: { TargetType: ip, Port: 80, Protocol: HTTP, VpcId: !Ref Vpc, Targets: [{ Id: !GetAtt Orders.Arn }] }
  Orders:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  Fallback:
    Type: AWS::Lambda::Function
    Properties: { Runtime: python3.13, Handler: app.handler, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
`;

describe('load balancer targets', () => {
  const design = imported(LOAD_BALANCER);
  const invokes = edgesOf(design).filter((e) => e.meaning === 'invoke-sync');

  it('connects the balancer to the function a listener rule forwards to, with its priority, path and headers setting', () => {
    expect(invokes).toContainEqual({ from: 'Balancer', to: 'Orders', meaning: 'invoke-sync', config: { priority: 7, pathPattern: '/orders/*', multiValueHeaders: true } });
  });

  it('follows a listener’s default action, and an alias to its function', () => {
    expect(invokes).toContainEqual({ from: 'Balancer', to: 'Fallback', meaning: 'invoke-sync', config: { priority: 1, pathPattern: '/*', multiValueHeaders: false } });
  });

  it('draws nothing for target groups of other types, and keeps the listener, rule and groups as resources', () => {
    expect(invokes).toHaveLength(2);
    const kinds = new Map(design.nodes.map((n) => [n.id, n.kind]));
    for (const id of ['Listener', 'OrdersRule', 'OrdersTargets', 'FallbackTargets', 'FallbackAlias']) expect(kinds.get(id)).toBe('generic-resource');
  });

  it('puts the balancer in the VPC of its subnets', () => {
    expect(design.nodes.find((n) => n.id === 'Balancer')?.parentId).toBe('Vpc');
  });
});

const DISTRIBUTION = `Transform: AWS::Serverless-2016-10-31
Resources:
  Resizer:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, AutoPublishAlias: live }
  Headers:
    Type: AWS::Serverless::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, CodeUri: src/, AutoPublishAlias: prod }
  Auth:
    Type: AWS::Lambda::Function
    Properties: { Runtime: nodejs22.x, Handler: index.handler, Role: arn:aws:iam::123456789012:role/r, Code: { ZipFile: x } }
  AuthVersion:
    Type: AWS::Lambda::Version
    Properties: { FunctionName: !Ref Auth }
  Rewrite:
    Type: AWS::CloudFront::Function
    Properties: { Name: rewrite, AutoPublish: true, FunctionConfig: { Comment: r, Runtime: cloudfront-js-2.0 }, FunctionCode: 'function handler(e) { return e.request; }' }
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Enabled: true
        DefaultCacheBehavior:
          TargetOriginId: origin
          ViewerProtocolPolicy: redirect-to-https
          LambdaFunctionAssociations:
            - { EventType: origin-response, LambdaFunctionARN: !Ref Resizer.Version }
            - { EventType: viewer-request, LambdaFunctionARN: !Ref AuthVersion, IncludeBody: true }
          FunctionAssociations:
            - { EventType: viewer-response, FunctionARN: !GetAtt Rewrite.FunctionARN }
        CacheBehaviors:
          - PathPattern: /api/*
            TargetOriginId: origin
            ViewerProtocolPolicy: https-only
            LambdaFunctionAssociations:
              - { EventType: origin-request, LambdaFunctionARN: !Ref HeadersAliasprod }
`;

describe('Lambda@Edge and CloudFront Functions associations', () => {
  const invokes = edgesOf(imported(DISTRIBUTION)).filter((e) => e.meaning === 'invoke-sync');

  it('connects the distribution to each function its cache behaviors associate, through versions and aliases, with the event', () => {
    expect(invokes).toEqual(expect.arrayContaining([
      { from: 'Cdn', to: 'Resizer', meaning: 'invoke-sync', config: { eventType: 'origin-response', includeBody: false } },
      { from: 'Cdn', to: 'Auth', meaning: 'invoke-sync', config: { eventType: 'viewer-request', includeBody: true } },
      { from: 'Cdn', to: 'Rewrite', meaning: 'invoke-sync', config: { eventType: 'viewer-response', includeBody: false } },
      { from: 'Cdn', to: 'Headers', meaning: 'invoke-sync', config: { eventType: 'origin-request', includeBody: false } },
    ]));
    expect(invokes).toHaveLength(4);
  });

  it('does not take a SAM-made alias name for a function with another alias', () => {
    const design = imported(DISTRIBUTION.replace('HeadersAliasprod', 'HeadersAliaslive'));
    expect(edgesOf(design).some((e) => e.to === 'Headers')).toBe(false);
  });
});
