import type { RuleDefinition } from '../define-rule';
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

/** The vpc rules, by id. */
export const VPC_RULES: readonly RuleDefinition[] = [
  subnetsInTwoZones,
  publicSubnetsOnly,
  awsServiceRoute,
  natGatewayPublicSubnet,
  vpcConfigLimits,
  singleVpc,
  sharedRoleVpcAccess,
  rdsWithoutProxy,
  databaseSameVpc,
  efsMountVpc,
  accessPointFileSystem,
  mountPathFormat,
  gatewayEndpointService,
  endpointPrivateDns,
  proxyDatabaseSameVpc,
];
