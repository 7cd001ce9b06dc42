import { describe, expect, it } from 'vitest';
import { explainEdge } from './export-template';
import { DesignBuilder } from './sample-designs.test-support';
import { exported, resourcesOfType } from './template-checks.test-support';

describe('network', () => {
  const design = new DesignBuilder().network()
    .node('internet-gateway', 'igw', { name: 'Door', parentId: 'vpc' })
    .node('nat-gateway', 'nat', { name: 'Nat', parentId: 'public-a' })
    .node('vpc-endpoint', 's3', { name: 'S3 endpoint', parentId: 'vpc' })
    .node('vpc-endpoint', 'secrets', { name: 'Secrets endpoint', parentId: 'vpc', config: { endpointType: 'Interface', service: 'secretsmanager' } })
    .node('security-group', 'sg', { name: 'Endpoints', parentId: 'vpc', config: { ingress: ['tcp 443 10.0.0.0/16'] } })
    .node('lambda-function', 'fn', { name: 'Worker', parentId: 'private-a' })
    .edge('public-a', 'igw', 'route')
    .edge('public-a', 'nat', 'route')
    .edge('private-a', 'nat', 'route')
    .edge('private-b', 'nat', 'route')
    .edge('private-a', 's3', 'route')
    .edge('secrets', 'sg', 'network-attach')
    .edge('fn', 'private-b', 'network-attach').design;
  const { Resources: r } = exported(design, 'cfn');

  it('places subnets by zone letter in any region and gives each a route table', () => {
    expect(r.PrivateB?.Properties?.AvailabilityZone).toEqual({ 'Fn::Select': [1, { 'Fn::GetAZs': '' }] });
    expect(r.PublicA?.Properties?.MapPublicIpOnLaunch).toBe(true);
    expect(resourcesOfType({ Description: '', Resources: r }, 'AWS::EC2::RouteTable')).toHaveLength(4);
    expect(r.PrivateBRouteTableAssociation?.Properties).toEqual({ SubnetId: { Ref: 'PrivateB' }, RouteTableId: { Ref: 'PrivateBRouteTable' } });
  });

  it('routes public subnets to the internet gateway and private ones to the NAT gateway, one default route each', () => {
    expect(r.PublicADefaultRoute?.Properties).toEqual({ RouteTableId: { Ref: 'PublicARouteTable' }, DestinationCidrBlock: '0.0.0.0/0', GatewayId: { Ref: 'Door' } });
    expect(r.PublicADefaultRoute?.DependsOn).toBe('DoorAttachment');
    expect(r.PrivateADefaultRoute?.Properties?.NatGatewayId).toEqual({ Ref: 'Nat' });
    expect(r.Nat?.Properties).toMatchObject({ SubnetId: { Ref: 'PublicA' }, AllocationId: { 'Fn::GetAtt': ['NatEip', 'AllocationId'] } });
    expect(r.NatEip?.Properties?.Domain).toBe('vpc');
    expect(explainEdge(design, 'public-a-nat', 'cfn')[0]?.summary).toBe('No route written');
  });

  it('attaches gateway endpoints to route tables and puts interface endpoints in one subnet per zone', () => {
    expect(r.S3Endpoint?.Properties).toMatchObject({ VpcEndpointType: 'Gateway', ServiceName: { 'Fn::Sub': 'com.amazonaws.${AWS::Region}.s3' }, RouteTableIds: [{ Ref: 'PrivateARouteTable' }] });
    expect(r.SecretsEndpoint?.Properties).toMatchObject({ VpcEndpointType: 'Interface', SubnetIds: [{ Ref: 'PrivateA' }, { Ref: 'PrivateB' }], SecurityGroupIds: [{ Ref: 'Endpoints' }], PrivateDnsEnabled: true });
  });

  it('gives a function in a subnet a VpcConfig from its container and its attachments, with a security group of its own when none is attached', () => {
    expect(r.Worker?.Properties?.VpcConfig).toEqual({ SubnetIds: [{ Ref: 'PrivateA' }, { Ref: 'PrivateB' }], SecurityGroupIds: [{ Ref: 'WorkerSecurityGroup' }] });
    expect(r.WorkerSecurityGroup?.Properties?.VpcId).toEqual({ Ref: 'AppVPC' });
    expect(JSON.stringify(r.WorkerRole)).toContain('AWSLambdaVPCAccessExecutionRole');
    expect(r.Endpoints?.Properties?.SecurityGroupIngress).toEqual([{ IpProtocol: 'tcp', FromPort: 443, ToPort: 443, CidrIp: '10.0.0.0/16' }]);
  });
});

describe('databases and file systems', () => {
  const design = new DesignBuilder().network()
    .node('rds-database', 'db', { name: 'Orders DB', parentId: 'private-a', config: { multiAz: true } })
    .node('rds-database', 'pg', { name: 'Reports DB', parentId: 'vpc', config: { engine: 'postgres', allocatedStorageGB: 50 } })
    .node('rds-proxy', 'proxy', { name: 'Proxy', parentId: 'vpc', config: { iamAuth: false } })
    .node('efs-file-system', 'fs', { name: 'Shared files', parentId: 'vpc' })
    .node('efs-access-point', 'ap', { name: 'App files', parentId: 'vpc' })
    .node('lambda-function', 'fn', { name: 'Api', parentId: 'private-a' })
    .edge('proxy', 'db', 'proxy-target')
    .edge('ap', 'fs', 'part-of')
    .edge('fn', 'ap', 'mount', { localMountPath: '/mnt/files' })
    .edge('fn', 'proxy', 'access')
    .edge('fn', 'pg', 'access').design;

  it('writes an Aurora cluster with instances, a plain instance, subnet groups and managed master secrets', () => {
    const { Resources: r } = exported(design, 'cfn');
    expect(r.OrdersDB?.Type).toBe('AWS::RDS::DBCluster');
    expect(r.OrdersDB?.Properties).toMatchObject({ Engine: 'aurora-postgresql', ManageMasterUserPassword: true, DBSubnetGroupName: { Ref: 'OrdersDBSubnetGroup' } });
    expect(resourcesOfType({ Description: '', Resources: r }, 'AWS::RDS::DBInstance').map(([id]) => id).sort()).toEqual(['OrdersDBInstance1', 'OrdersDBInstance2', 'ReportsDB']);
    expect(r.ReportsDB?.Properties).toMatchObject({ Engine: 'postgres', AllocatedStorage: '50', ManageMasterUserPassword: true });
    expect(r.OrdersDBSubnetGroup?.Properties?.SubnetIds).toEqual([{ Ref: 'PrivateA' }, { Ref: 'PrivateB' }]);
  });

  it('puts RDS Proxy in front of the database with a target group, a role and the master secret', () => {
    const { Resources: r } = exported(design, 'sam');
    expect(r.Proxy?.Properties).toMatchObject({ EngineFamily: 'POSTGRESQL', Auth: [{ AuthScheme: 'SECRETS', SecretArn: { 'Fn::GetAtt': ['OrdersDB', 'MasterUserSecret.SecretArn'] }, IAMAuth: 'DISABLED' }] });
    expect(r.ProxyTargetGroup?.Properties).toEqual({ DBProxyName: { Ref: 'Proxy' }, TargetGroupName: 'default', DBClusterIdentifiers: [{ Ref: 'OrdersDB' }] });
    const variables = (r.Api?.Properties?.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(variables).toEqual({
      REPORTS_DB_ENDPOINT: { 'Fn::GetAtt': ['ReportsDB', 'Endpoint.Address'] },
      REPORTS_DB_SECRET_ARN: { 'Fn::GetAtt': ['ReportsDB', 'MasterUserSecret.SecretArn'] },
      PROXY_ENDPOINT: { 'Fn::GetAtt': ['Proxy', 'Endpoint'] },
      PROXY_SECRET_ARN: { 'Fn::GetAtt': ['OrdersDB', 'MasterUserSecret.SecretArn'] },
    });
  });

  it('mounts EFS through the access point once its mount targets (one per private zone) exist', () => {
    const { Resources: r } = exported(design, 'sam');
    expect(resourcesOfType({ Description: '', Resources: r }, 'AWS::EFS::MountTarget').map(([id]) => id)).toEqual(['SharedFilesMountTargetPrivateA', 'SharedFilesMountTargetPrivateB']);
    expect(r.Api?.DependsOn).toEqual(['SharedFilesMountTargetPrivateA', 'SharedFilesMountTargetPrivateB']);
    expect(r.Api?.Properties?.FileSystemConfigs).toEqual([{ Arn: { 'Fn::GetAtt': ['AppFiles', 'Arn'] }, LocalMountPath: '/mnt/files' }]);
    expect(r.Api?.Properties?.Policies).toContainEqual({ EFSWriteAccessPolicy: { FileSystem: { Ref: 'SharedFiles' }, AccessPoint: { Ref: 'AppFiles' } } });
    expect(r.SharedFilesSecurityGroup?.Properties?.SecurityGroupIngress).toEqual([{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, CidrIp: '10.0.0.0/16' }]);
  });
});
