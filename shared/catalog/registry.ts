import type { KindDefinition } from './define-kind';
import { alb } from './kinds/alb';
import { apiGatewayHttp } from './kinds/api-gateway-http';
import { apiGatewayRest } from './kinds/api-gateway-rest';
import { cloudfront } from './kinds/cloudfront';
import { cloudfrontFunction } from './kinds/cloudfront-function';
import { cognitoUserPool } from './kinds/cognito-user-pool';
import { dynamodbTable } from './kinds/dynamodb-table';
import { efsAccessPoint } from './kinds/efs-access-point';
import { efsFileSystem } from './kinds/efs-file-system';
import { eventbridgeBus } from './kinds/eventbridge-bus';
import { eventbridgeRule } from './kinds/eventbridge-rule';
import { genericResource } from './kinds/generic-resource';
import { eventbridgeSchedule } from './kinds/eventbridge-schedule';
import { internetGateway } from './kinds/internet-gateway';
import { kinesisStream } from './kinds/kinesis-stream';
import { lambdaFunction } from './kinds/lambda-function';
import { lambdaLayer } from './kinds/lambda-layer';
import { logGroup } from './kinds/log-group';
import { natGateway } from './kinds/nat-gateway';
import { rdsDatabase } from './kinds/rds-database';
import { rdsProxy } from './kinds/rds-proxy';
import { s3Bucket } from './kinds/s3-bucket';
import { secret } from './kinds/secret';
import { securityGroup } from './kinds/security-group';
import { snsTopic } from './kinds/sns-topic';
import { sqsQueue } from './kinds/sqs-queue';
import { ssmParameter } from './kinds/ssm-parameter';
import { stepFunctions } from './kinds/step-functions';
import { subnet } from './kinds/subnet';
import { vpc } from './kinds/vpc';
import { vpcEndpoint } from './kinds/vpc-endpoint';

/** Every component kind, in palette order. Adding an AWS service means one file and one line here. */
export const KINDS = [
  apiGatewayRest, apiGatewayHttp, alb, cloudfront, s3Bucket, snsTopic, sqsQueue, kinesisStream, dynamodbTable,
  eventbridgeRule, eventbridgeSchedule, cognitoUserPool, stepFunctions, logGroup,
  lambdaFunction, lambdaLayer, cloudfrontFunction,
  eventbridgeBus,
  rdsDatabase, rdsProxy, efsFileSystem, efsAccessPoint, secret, ssmParameter,
  vpc, subnet, securityGroup, natGateway, internetGateway, vpcEndpoint,
  genericResource,
] as const;

export type AnyKind = (typeof KINDS)[number];
export type KindId = AnyKind['id'];

const byId = new Map<string, KindDefinition>(KINDS.map((k) => [k.id, k as unknown as KindDefinition]));

export const KIND_IDS = KINDS.map((k) => k.id) as unknown as readonly [KindId, ...KindId[]];

export function getKind(id: string): KindDefinition | undefined {
  return byId.get(id);
}

export function requireKind(id: string): KindDefinition {
  const kind = byId.get(id);
  if (!kind) throw new Error(`Unknown component kind "${id}"`);
  return kind;
}
