import type { ExportContext } from '../context';
import { Ref } from '../intrinsics';
import { onePerZone, securityGroupsOf } from './network';

export function emitFileSystems(ctx: ExportContext): void {
  for (const fs of ctx.index.ofKind('efs-file-system')) {
    const id = ctx.idOf(fs.id);
    ctx.add(id, {
      Type: 'AWS::EFS::FileSystem',
      Properties: {
        PerformanceMode: fs.config.performanceMode,
        ThroughputMode: fs.config.throughputMode,
        ...(fs.config.throughputMode === 'provisioned' ? { ProvisionedThroughputInMibps: 10 } : {}),
        Encrypted: fs.config.encrypted,
        FileSystemTags: [{ Key: 'Name', Value: fs.name }],
      },
    }, { group: 'data', node: fs.id });
    const vpc = ctx.index.vpcOf(fs.id);
    if (!vpc) continue;
    let groups = securityGroupsOf(ctx, fs.id);
    if (groups.length === 0) {
      const group = ctx.add(ctx.ids.derive(id, 'SecurityGroup'), {
        Type: 'AWS::EC2::SecurityGroup',
        Properties: {
          GroupDescription: 'NFS from inside the VPC',
          VpcId: new Ref(ctx.idOf(vpc.id)),
          SecurityGroupIngress: [{ IpProtocol: 'tcp', FromPort: 2049, ToPort: 2049, CidrIp: vpc.config.cidr }],
        },
      }, { group: 'data', node: fs.id });
      groups = [new Ref(group)];
    }
    const targets = onePerZone(ctx.index.privateSubnetsOf(vpc.id)).map((subnet) =>
      ctx.add(ctx.ids.derive(id, `MountTarget${ctx.idOf(subnet.id)}`), {
        Type: 'AWS::EFS::MountTarget',
        Properties: { FileSystemId: new Ref(id), SubnetId: new Ref(ctx.idOf(subnet.id)), SecurityGroups: groups },
      }, { group: 'data', node: fs.id }));
    ctx.mountTargets.set(fs.id, targets);
  }
  for (const ap of ctx.index.ofKind('efs-access-point')) {
    const id = ctx.idOf(ap.id);
    const partOf = ctx.index.out(ap.id, 'part-of', 'efs-file-system')[0];
    const fileSystem = partOf
      ? new Ref(ctx.idOf(partOf.target))
      : ctx.parameter(`${id}FileSystemId`, { Type: 'String', Description: `File system that ${ap.name} opens.` });
    const uid = String(ap.config.posixUid);
    const gid = String(ap.config.posixGid);
    ctx.add(id, {
      Type: 'AWS::EFS::AccessPoint',
      Properties: {
        FileSystemId: fileSystem,
        PosixUser: { Uid: uid, Gid: gid },
        RootDirectory: { Path: ap.config.rootPath, CreationInfo: { OwnerUid: uid, OwnerGid: gid, Permissions: '750' } },
      },
    }, { group: 'data', node: ap.id, ...(partOf ? { edge: partOf.id } : {}) });
    if (partOf) {
      ctx.explain(partOf.id, { what: 'other', logicalId: id, summary: `${ap.name} opens ${ctx.index.node(partOf.target)?.name}`, reason: 'An access point belongs to one file system.' });
    }
  }
}
