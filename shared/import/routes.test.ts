import { describe, expect, it } from 'vitest';
import { importTemplate } from './import-template';

const NETWORK = `AWSTemplateFormatVersion: '2010-09-09'
Resources:
  Vpc:
    Type: AWS::EC2::VPC
    Properties: { CidrBlock: 10.0.0.0/16 }
  Gateway:
    Type: AWS::EC2::InternetGateway
  GatewayAttachment:
    Type: AWS::EC2::VPCGatewayAttachment
    Properties: { VpcId: !Ref Vpc, InternetGatewayId: !Ref Gateway }
  PublicA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.0.0/24, MapPublicIpOnLaunch: true }
  PrivateA:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.1.0/24 }
  PrivateB:
    Type: AWS::EC2::Subnet
    Properties: { VpcId: !Ref Vpc, CidrBlock: 10.0.2.0/24 }
  Nat:
    Type: AWS::EC2::NatGateway
    Properties: { SubnetId: !Ref PublicA, AllocationId: eipalloc-1 }
  PublicRoutes:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  PublicRoutesA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref PublicA, RouteTableId: !Ref PublicRoutes }
  PublicDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref PublicRoutes, DestinationCidrBlock: 0.0.0.0/0, GatewayId: !Ref Gateway }
  PrivateRoutes:
    Type: AWS::EC2::RouteTable
    Properties: { VpcId: !Ref Vpc }
  PrivateRoutesA:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref PrivateA, RouteTableId: !Ref PrivateRoutes }
  PrivateRoutesB:
    Type: AWS::EC2::SubnetRouteTableAssociation
    Properties: { SubnetId: !Ref PrivateB, RouteTableId: !Ref PrivateRoutes }
  PrivateDefault:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref PrivateRoutes, DestinationCidrBlock: 0.0.0.0/0, NatGatewayId: !Ref Nat }
  PrivatePeering:
    Type: AWS::EC2::Route
    Properties: { RouteTableId: !Ref PrivateRoutes, DestinationCidrBlock: 172.16.0.0/12, GatewayId: !Ref Gateway }
  S3Endpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.s3, VpcEndpointType: Gateway, RouteTableIds: [!Ref PrivateRoutes] }
  SqsEndpoint:
    Type: AWS::EC2::VPCEndpoint
    Properties: { VpcId: !Ref Vpc, ServiceName: com.amazonaws.us-east-1.sqs, VpcEndpointType: Interface, SubnetIds: [!Ref PrivateB] }
`;

describe('the network of an imported template', () => {
  const imported = importTemplate(NETWORK, 'network.yaml');
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
  const { design } = imported;
  const routes = design.edges.filter((e) => e.meaning === 'route').map((e) => `${e.source} → ${e.target}`).sort();

  it('draws each subnet routed to what its route table’s default route names, and to the endpoints that serve it', () => {
    expect(routes).toEqual(['PrivateA → Nat', 'PrivateA → S3Endpoint', 'PrivateB → Nat', 'PrivateB → S3Endpoint', 'PrivateB → SqsEndpoint', 'PublicA → Gateway']);
  });

  it('puts the internet gateway in the VPC its attachment names', () => {
    expect(design.nodes.find((n) => n.id === 'Gateway')?.parentId).toBe('Vpc');
  });

  it('keeps the route tables, associations and routes as the template wrote them', () => {
    const kept = design.nodes.filter((n) => n.kind === 'generic-resource').map((n) => n.id).sort();
    expect(kept).toEqual(['GatewayAttachment', 'PrivateDefault', 'PrivatePeering', 'PrivateRoutes', 'PrivateRoutesA', 'PrivateRoutesB', 'PublicDefault', 'PublicRoutes', 'PublicRoutesA']);
  });
});
