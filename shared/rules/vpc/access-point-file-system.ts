import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const accessPointFileSystem = defineRule({
  id: 'VPC011',
  severity: 'info',
  title: 'EFS access points connected to their file system',
  why: 'An access point belongs to exactly one file system. When the design does not say which, the export asks for the file system id as a template parameter, and the rules cannot check that the mounting functions share the file system’s VPC.',
  limit: 'Every EFS access point: one “Access point of” connection to an EFS file system.',
  docsUrl: 'https://docs.aws.amazon.com/efs/latest/ug/efs-access-points.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const accessPoint of index.ofKind('efs-access-point')) {
      if (index.out(accessPoint.id, 'part-of').some((e) => index.node(e.target)?.kind === 'efs-file-system')) continue;
      const mounts = index.in(accessPoint.id, 'mount');
      report({
        message: `Access point ${index.name(accessPoint.id)} is not connected to a file system: the export will ask for the file system id when you deploy. Connect it to its EFS file system.`,
        nodeIds: [accessPoint.id, ...mounts.map((e) => e.source)],
        edgeIds: mounts.map((e) => e.id),
      });
    }
  },
});
