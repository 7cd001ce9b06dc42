import { ruleCase } from '../testing/rule-cases';
import { accessPointFileSystem } from './access-point-file-system';
import { awsServiceRoute } from './aws-service-route';
import { databaseSameVpc } from './database-same-vpc';
import { efsMountVpc } from './efs-mount-vpc';
import { endpointPrivateDns } from './endpoint-private-dns';
import { gatewayEndpointService } from './gateway-endpoint-service';
import { mountPathFormat } from './mount-path-format';
import { natGatewayPublicSubnet } from './nat-gateway-public-subnet';
import { proxyDatabaseSameVpc } from './proxy-database-same-vpc';
import { publicSubnetsOnly } from './public-subnets-only';
import { rdsWithoutProxy } from './rds-without-proxy';
import { sharedRoleVpcAccess } from './shared-role-vpc-access';
import { singleVpc } from './single-vpc';
import { subnetsInTwoZones } from './subnets-in-two-zones';
import { vpcConfigLimits } from './vpc-config-limits';

const ENI_STATEMENTS = JSON.stringify([{
  Effect: 'Allow',
  Action: ['ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DeleteNetworkInterface'],
  Resource: '*',
}]);

export const VPC_CASES = [
  ruleCase(subnetsInTwoZones, 'a VPC function in one availability zone', (b, broken) => {
    const n = b.network();
    b.fn('api', {}, { parentId: n.privateA });
    if (!broken) b.edge('api', n.privateB, 'network-attach');
  }),
  ruleCase(subnetsInTwoZones, 'a function attached only to a security group of a one-zone VPC', (b, broken) => {
    const vpc = b.node('vpc', 'vpc');
    b.node('subnet', 'private-a', { availabilityZone: 'us-east-1a' }, { parentId: vpc });
    b.node('subnet', 'private-b', { availabilityZone: broken ? 'us-east-1a' : 'us-east-1b', cidr: '10.0.2.0/24' }, { parentId: vpc });
    b.edge(b.fn('api'), b.node('security-group', 'api-sg', {}, { parentId: vpc }), 'network-attach');
  }),
  ruleCase(publicSubnetsOnly, 'a function in a public subnet', (b, broken) => {
    const n = b.network();
    b.fn('api', {}, { parentId: broken ? n.publicSubnet : n.privateA });
  }, {
    expectFindings: ([f]) => {
      if (!f?.nodeIds.includes('igw') || !f.edgeIds.includes('public-a-route-igw')) throw new Error('the finding shows the internet gateway route');
    },
  }),
  ruleCase(awsServiceRoute, 'S3 calls from private subnets without NAT or endpoint', (b, broken) => {
    const n = b.network({ nat: false });
    b.fn('thumbnails', {}, { parentId: n.privateA });
    b.edge('thumbnails', n.privateB, 'network-attach');
    b.edge('thumbnails', b.node('s3-bucket', 'images'), 'access');
    if (!broken) b.node('vpc-endpoint', 's3-endpoint', { endpointType: 'Gateway', service: 's3' }, { parentId: n.vpc });
  }, {
    expectFindings: ([f]) => {
      for (const id of ['thumbnails', 'images', 'private-a', 'private-b']) if (!f?.nodeIds.includes(id)) throw new Error(`the finding names ${id}`);
    },
  }),
  ruleCase(awsServiceRoute, 'queue calls without a NAT gateway', (b, broken) => {
    const n = b.network({ nat: !broken });
    b.fn('worker', {}, { parentId: n.privateA });
    b.edge('worker', b.node('sqs-queue', 'jobs'), 'access');
  }),
  ruleCase(awsServiceRoute, 'an interface endpoint without private DNS', (b, broken) => {
    const n = b.network({ nat: false });
    b.fn('worker', {}, { parentId: n.privateA });
    b.edge('worker', b.node('secret', 'db-credentials'), 'access');
    b.node('vpc-endpoint', 'secrets-endpoint', { endpointType: 'Interface', service: 'secretsmanager', privateDns: !broken }, { parentId: n.vpc });
  }),
  ruleCase(awsServiceRoute, 'a gateway endpoint routed to another subnet', (b, broken) => {
    const n = b.network({ nat: false });
    b.fn('reader', {}, { parentId: n.privateA });
    b.edge('reader', b.node('dynamodb-table', 'orders'), 'access');
    const endpoint = b.node('vpc-endpoint', 'dynamodb-endpoint', { endpointType: 'Gateway', service: 'dynamodb' }, { parentId: n.vpc });
    b.edge(broken ? n.privateB : n.privateA, endpoint, 'route');
  }),
  ruleCase(natGatewayPublicSubnet, 'a NAT gateway in a subnet without an internet gateway route', (b, broken) => {
    const vpc = b.node('vpc', 'vpc');
    const pub = b.node('subnet', 'public-a', { visibility: 'public' }, { parentId: vpc });
    const priv = b.node('subnet', 'private-a', { cidr: '10.0.2.0/24' }, { parentId: vpc });
    const igw = b.node('internet-gateway', 'igw', {}, { parentId: vpc });
    b.edge(priv, b.node('nat-gateway', 'nat', {}, { parentId: pub }), 'route');
    if (!broken) b.edge(pub, igw, 'route');
  }),
  ruleCase(vpcConfigLimits, '17 subnets', (b, broken) => {
    const vpc = b.node('vpc', 'vpc');
    b.fn('api');
    for (let i = 1; i <= (broken ? 17 : 16); i++) {
      const subnet = b.node('subnet', `subnet-${i}`, { availabilityZone: `us-east-1${'abcdef'[i % 6]}`, cidr: `10.0.${i}.0/24` }, { parentId: vpc });
      b.edge('api', subnet, 'network-attach');
    }
  }),
  ruleCase(vpcConfigLimits, '6 security groups', (b, broken) => {
    const n = b.network();
    b.fn('api', {}, { parentId: n.privateA });
    for (let i = 1; i <= (broken ? 6 : 5); i++) b.edge('api', b.node('security-group', `sg-${i}`, {}, { parentId: n.vpc }), 'network-attach');
  }),
  ruleCase(singleVpc, 'a security group of another VPC', (b, broken) => {
    const a = b.network({ prefix: 'a-' });
    const other = b.network({ prefix: 'b-' });
    b.fn('api', {}, { parentId: a.privateA });
    b.edge('api', b.node('security-group', 'api-sg', {}, { parentId: broken ? other.vpc : a.vpc }), 'network-attach');
  }),
  ruleCase(sharedRoleVpcAccess, 'a VPC function on a shared role without VPC permissions', (b, broken) => {
    const n = b.network();
    b.fn('api', { executionRole: 'app-role', ...(broken ? {} : { policyStatements: ENI_STATEMENTS }) }, { parentId: n.privateA });
  }),
  ruleCase(rdsWithoutProxy, 'a function connecting straight to the database', (b, broken) => {
    const n = b.network();
    b.fn('orders', {}, { parentId: n.privateA });
    const db = b.node('rds-database', 'orders-db', {}, { parentId: n.vpc });
    const proxy = b.node('rds-proxy', 'orders-proxy', {}, { parentId: n.vpc });
    b.edge(proxy, db, 'proxy-target');
    b.edge('orders', broken ? db : proxy, 'access');
  }),
  ruleCase(databaseSameVpc, 'a function outside the VPC of its database', (b, broken) => {
    const n = b.network();
    b.fn('orders', {}, broken ? {} : { parentId: n.privateA });
    b.edge('orders', b.node('rds-database', 'orders-db', {}, { parentId: n.vpc }), 'access');
  }),
  ruleCase(databaseSameVpc, 'a function in another VPC than its proxy', (b, broken) => {
    const a = b.network({ prefix: 'a-' });
    const other = b.network({ prefix: 'b-' });
    b.fn('orders', {}, { parentId: broken ? a.privateA : other.privateA });
    b.edge('orders', b.node('rds-proxy', 'orders-proxy', {}, { parentId: other.vpc }), 'access');
  }),
  ruleCase(efsMountVpc, 'a function outside any VPC mounting EFS', (b, broken) => {
    const n = b.network();
    const ap = b.node('efs-access-point', 'models-ap', {}, { parentId: n.vpc });
    b.edge(ap, b.node('efs-file-system', 'models', {}, { parentId: n.vpc }), 'part-of');
    b.fn('inference', {}, broken ? {} : { parentId: n.privateA });
    b.edge('inference', ap, 'mount');
  }),
  ruleCase(efsMountVpc, 'a file system in another VPC', (b, broken) => {
    const a = b.network({ prefix: 'a-' });
    const other = b.network({ prefix: 'b-' });
    const ap = b.node('efs-access-point', 'models-ap', {}, { parentId: a.vpc });
    b.edge(ap, b.node('efs-file-system', 'models', {}, { parentId: broken ? other.vpc : a.vpc }), 'part-of');
    b.fn('inference', {}, { parentId: a.privateA });
    b.edge('inference', ap, 'mount');
  }),
  ruleCase(accessPointFileSystem, 'an access point of no file system', (b, broken) => {
    const n = b.network();
    const ap = b.node('efs-access-point', 'models-ap', {}, { parentId: n.vpc });
    const fs = b.node('efs-file-system', 'models', {}, { parentId: n.vpc });
    if (!broken) b.edge(ap, fs, 'part-of');
    b.edge(b.fn('inference', {}, { parentId: n.privateA }), ap, 'mount');
  }),
  ruleCase(mountPathFormat, 'a mount path outside /mnt/', (b, broken) => {
    const n = b.network();
    const ap = b.node('efs-access-point', 'models-ap', {}, { parentId: n.vpc });
    b.edge(b.fn('inference', {}, { parentId: n.privateA }), ap, 'mount', { localMountPath: broken ? '/data' : '/mnt/data' });
  }, {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== '/mnt/data') throw new Error('the fix mounts at /mnt/data');
    },
  }),
  ruleCase(mountPathFormat, 'a nested mount path', (b, broken) => {
    const n = b.network();
    const ap = b.node('efs-access-point', 'models-ap', {}, { parentId: n.vpc });
    b.edge(b.fn('inference', {}, { parentId: n.privateA }), ap, 'mount', { localMountPath: broken ? '/mnt/models/v2' : '/mnt/models-v2' });
  }, {
    expectFindings: ([f]) => {
      if (f?.fix?.changes[0]?.value !== '/mnt/models-v2') throw new Error('the fix keeps both folder names');
    },
  }),
  ruleCase(gatewayEndpointService, 'a gateway endpoint for SQS', (b, broken) => {
    const vpc = b.node('vpc', 'vpc');
    b.node('vpc-endpoint', 'sqs-endpoint', { endpointType: broken ? 'Gateway' : 'Interface', service: 'sqs' }, { parentId: vpc });
  }),
  ruleCase(endpointPrivateDns, 'private DNS in a VPC without DNS host names', (b, broken) => {
    const vpc = b.node('vpc', 'vpc', { enableDnsHostnames: !broken });
    b.node('vpc-endpoint', 'sqs-endpoint', { endpointType: 'Interface', service: 'sqs', privateDns: true }, { parentId: vpc });
  }),
  ruleCase(proxyDatabaseSameVpc, 'a proxy in another VPC than its database', (b, broken) => {
    const a = b.node('vpc', 'vpc-a');
    const other = b.node('vpc', 'vpc-b', { cidr: '10.1.0.0/16' });
    const proxy = b.node('rds-proxy', 'orders-proxy', {}, { parentId: a });
    b.edge(proxy, b.node('rds-database', 'orders-db', {}, { parentId: broken ? other : a }), 'proxy-target');
  }),
];
