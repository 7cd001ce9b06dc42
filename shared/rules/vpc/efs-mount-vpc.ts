import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';
import { functionVpcs } from '../lib/network';

export const efsMountVpc = defineRule({
  id: 'VPC010',
  severity: 'error',
  title: 'Functions mount EFS from the file system’s VPC',
  why: 'Lambda mounts an EFS file system through its mount targets, which live in the subnets of one VPC: the function must be attached to that VPC. The export creates mount targets only for file systems drawn inside a VPC.',
  limit: 'Function mounting EFS: attached to the VPC of the file system’s mount targets.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-filesystem.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      if (index.isEdgeFunction(fn)) continue;
      for (const edge of index.out(fn.id, 'mount')) {
        const accessPoint = index.nodeOf(edge.target, 'efs-access-point');
        if (!accessPoint) continue;
        const partOf = index.out(accessPoint.id, 'part-of').find((e) => index.node(e.target)?.kind === 'efs-file-system');
        const fileSystem = partOf ? index.nodeOf(partOf.target, 'efs-file-system') : undefined;
        const fsVpc = fileSystem ? index.vpcOf(fileSystem.id) : undefined;
        const vpcs = functionVpcs(index, fn);
        const nodeIds = [fn.id, accessPoint.id, ...(fileSystem ? [fileSystem.id] : []), ...(fsVpc ? [fsVpc.id] : [])];
        const edgeIds = [edge.id, ...(partOf ? [partOf.id] : []), ...index.networkOf(fn).edgeIds];
        let message: string | undefined;
        if (vpcs.length === 0) {
          message = `Function ${index.name(fn.id)} mounts ${index.name(accessPoint.id)} but is not attached to a VPC: Lambda reaches EFS only through mount targets in a VPC.`;
        } else if (fileSystem && !fsVpc) {
          message = `File system ${index.name(fileSystem.id)}, mounted by ${index.name(fn.id)}, is not drawn in a VPC, so it gets no mount targets to mount it through.`;
        } else if (fileSystem && fsVpc && !vpcs.some((v) => v.id === fsVpc.id)) {
          message = `Function ${index.name(fn.id)} runs in ${joinWords(vpcs.map((v) => index.name(v.id)))} but mounts ${index.name(accessPoint.id)} of file system ${index.name(fileSystem.id)}, whose mount targets are in ${index.name(fsVpc.id)}.`;
        }
        if (message) report({ message, nodeIds: [...nodeIds, ...vpcs.map((v) => v.id)], edgeIds });
      }
    }
  },
});
