import type { NodeOfKind } from '../../model/design';
import type { ExportContext } from '../context';
import { GetAtt, type Intrinsic, Ref, stackScoped } from '../intrinsics';
import { securityGroupsOf } from './network';

const MASTER_USERNAME = 'dbadmin';

export function isAurora(db: NodeOfKind<'rds-database'>): boolean {
  return db.config.engine.startsWith('aurora-');
}

/** The secret RDS creates for the master password (ManageMasterUserPassword). */
export function databaseSecretArn(ctx: ExportContext, dbNodeId: string): Intrinsic {
  return new GetAtt(ctx.idOf(dbNodeId), 'MasterUserSecret.SecretArn');
}

export function databaseEndpoint(ctx: ExportContext, dbNodeId: string): Intrinsic {
  return new GetAtt(ctx.idOf(dbNodeId), 'Endpoint.Address');
}

/** Private subnets of the node's VPC (with its own subnet), for subnet groups that need two zones. */
function subnetsFor(ctx: ExportContext, node: { id: string; parentId?: string | undefined }): Ref[] | undefined {
  const vpc = ctx.index.vpcOf(node.id);
  if (!vpc) return undefined;
  const subnets = ctx.index.privateSubnetsOf(vpc.id);
  const own = node.parentId ? ctx.index.nodeOf(node.parentId, 'subnet') : undefined;
  const all = own && !subnets.includes(own) ? [own, ...subnets] : subnets;
  return all.length > 0 ? all.map((s) => new Ref(ctx.idOf(s.id))) : undefined;
}

function emitDatabase(ctx: ExportContext, db: NodeOfKind<'rds-database'>): void {
  const id = ctx.idOf(db.id);
  const subnets = subnetsFor(ctx, db);
  const groups = securityGroupsOf(ctx, db.id);
  const subnetGroup = subnets
    ? ctx.add(ctx.ids.derive(id, 'SubnetGroup'), {
      Type: 'AWS::RDS::DBSubnetGroup',
      Properties: { DBSubnetGroupDescription: `Subnets of ${db.name}`.slice(0, 255), SubnetIds: subnets },
    }, { group: 'data', node: db.id })
    : undefined;
  const common = {
    Engine: db.config.engine,
    MasterUsername: MASTER_USERNAME,
    ManageMasterUserPassword: true,
    StorageEncrypted: true,
    ...(subnetGroup ? { DBSubnetGroupName: new Ref(subnetGroup) } : {}),
  };
  if (!isAurora(db)) {
    ctx.add(id, {
      Type: 'AWS::RDS::DBInstance',
      Properties: {
        ...common,
        DBInstanceClass: db.config.instanceClass,
        AllocatedStorage: String(db.config.allocatedStorageGB),
        MultiAZ: db.config.multiAz,
        DBName: db.config.databaseName,
        ...(groups.length > 0 ? { VPCSecurityGroups: groups } : {}),
      },
    }, { group: 'data', node: db.id });
    return;
  }
  ctx.add(id, {
    Type: 'AWS::RDS::DBCluster',
    Properties: { ...common, DatabaseName: db.config.databaseName, ...(groups.length > 0 ? { VpcSecurityGroupIds: groups } : {}) },
  }, { group: 'data', node: db.id });
  const instances = db.config.multiAz ? 2 : 1;
  for (let n = 1; n <= instances; n++) {
    ctx.add(ctx.ids.derive(id, `Instance${n}`), {
      Type: 'AWS::RDS::DBInstance',
      Properties: { Engine: db.config.engine, DBClusterIdentifier: new Ref(id), DBInstanceClass: db.config.instanceClass },
    }, { group: 'data', node: db.id });
  }
}

function emitProxy(ctx: ExportContext, proxy: NodeOfKind<'rds-proxy'>): void {
  const id = ctx.idOf(proxy.id);
  const targetEdge = ctx.index.out(proxy.id, 'proxy-target', 'rds-database')[0];
  const db = targetEdge ? ctx.index.nodeOf(targetEdge.target, 'rds-database') : undefined;
  const secretArn = db
    ? databaseSecretArn(ctx, db.id)
    : ctx.parameter(`${id}SecretArn`, { Type: 'String', Description: `ARN of the secret that ${proxy.name} signs in to its database with.` });
  const subnets = subnetsFor(ctx, proxy) ?? ctx.parameter(`${id}SubnetIds`, { Type: 'List<AWS::EC2::Subnet::Id>', Description: `Subnets (two zones or more) of ${proxy.name}.` });
  const groups = securityGroupsOf(ctx, proxy.id);

  const role = ctx.add(ctx.ids.derive(id, 'Role'), {
    Type: 'AWS::IAM::Role',
    Properties: {
      AssumeRolePolicyDocument: {
        Version: '2012-10-17',
        Statement: [{ Effect: 'Allow', Principal: { Service: 'rds.amazonaws.com' }, Action: 'sts:AssumeRole' }],
      },
      Policies: [{
        PolicyName: 'ReadDatabaseSecret',
        PolicyDocument: { Version: '2012-10-17', Statement: [{ Effect: 'Allow', Action: 'secretsmanager:GetSecretValue', Resource: secretArn }] },
      }],
    },
  }, { group: 'data', node: proxy.id });
  ctx.add(id, {
    Type: 'AWS::RDS::DBProxy',
    Properties: {
      DBProxyName: stackScoped(`${id.slice(0, 50)}-\${StackSuffix}`),
      EngineFamily: proxy.config.engineFamily,
      RequireTLS: proxy.config.requireTls,
      IdleClientTimeout: proxy.config.idleClientTimeout,
      RoleArn: new GetAtt(role, 'Arn'),
      Auth: [{ AuthScheme: 'SECRETS', SecretArn: secretArn, IAMAuth: proxy.config.iamAuth ? 'REQUIRED' : 'DISABLED' }],
      VpcSubnetIds: subnets,
      ...(groups.length > 0 ? { VpcSecurityGroupIds: groups } : {}),
    },
  }, { group: 'data', node: proxy.id });
  if (!db || !targetEdge) return;
  const dbId = ctx.idOf(db.id);
  const instances = isAurora(db) ? [1, 2].map((n) => `${dbId}Instance${n}`).filter((i) => ctx.has(i)) : [];
  const targetGroup = ctx.add(ctx.ids.derive(id, 'TargetGroup'), {
    Type: 'AWS::RDS::DBProxyTargetGroup',
    ...(instances.length > 0 ? { DependsOn: instances } : {}),
    Properties: {
      DBProxyName: new Ref(id),
      TargetGroupName: 'default',
      [isAurora(db) ? 'DBClusterIdentifiers' : 'DBInstanceIdentifiers']: [new Ref(dbId)],
    },
  }, { group: 'data', node: proxy.id, edge: targetEdge.id });
  ctx.explain(targetEdge.id, {
    what: 'other',
    logicalId: targetGroup,
    summary: `Target group of ${proxy.name} pointing at ${db.name}`,
    reason: 'The proxy pools connections to the database registered in its target group.',
  });
  ctx.explain(targetEdge.id, {
    what: 'iam',
    logicalId: role,
    summary: `${proxy.name} reads the database’s master secret`,
    reason: 'RDS Proxy signs in to the database with the credentials in Secrets Manager.',
  });
  for (const extra of ctx.index.out(proxy.id, 'proxy-target').slice(1)) {
    ctx.explain(extra.id, { what: 'other', summary: 'Not registered', reason: 'A proxy’s default target group holds one database; an earlier connection provides it.' });
  }
}

export function emitDatabases(ctx: ExportContext): void {
  for (const db of ctx.index.ofKind('rds-database')) emitDatabase(ctx, db);
  for (const proxy of ctx.index.ofKind('rds-proxy')) emitProxy(ctx, proxy);
}
