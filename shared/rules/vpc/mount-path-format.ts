import { MountConfig } from '../../catalog/connections/configs';
import { defineRule } from '../define-rule';
import { edgeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

const PATTERN = /^\/mnt\/[a-zA-Z0-9_.-]+$/;
const MAX_LENGTH = 160;

/** "/data" → "/mnt/data", "/mnt/models/v2" → "/mnt/models-v2": the path as one folder under /mnt/. */
function suggestedPath(path: string): string {
  const parts = path.split('/').filter((part) => part.trim() !== '');
  if (parts[0] === 'mnt') parts.shift();
  const name = parts.join('-').replace(/[^a-zA-Z0-9_.-]+/g, '-').replace(/^-+|-+$/g, '').slice(0, MAX_LENGTH - 5);
  return `/mnt/${name || 'data'}`;
}

export const mountPathFormat = defineRule({
  id: 'VPC012',
  severity: 'error',
  title: 'EFS mount paths directly under /mnt/',
  why: 'Lambda mounts file systems only at a folder directly under /mnt/, named with letters, digits, -, _ and .; it refuses any other local mount path.',
  limit: 'LocalMountPath: ^/mnt/[a-zA-Z0-9-_.]+$, at most 160 characters.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/API_FileSystemConfig.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      if (index.isEdgeFunction(fn)) continue;
      for (const edge of index.out(fn.id, 'mount')) {
        const path = index.edgeConfig(edge, MountConfig).localMountPath;
        if (PATTERN.test(path) && path.length <= MAX_LENGTH) continue;
        const value = suggestedPath(path);
        report({
          message: `Function ${index.name(fn.id)} mounts ${index.name(edge.target)} at “${path}”; Lambda needs one folder directly under /mnt/ (letters, digits, -, _ and ., 160 characters at most).`,
          nodeIds: [fn.id, edge.target],
          edgeIds: [edge.id],
          fix: { label: `Mount at ${value}`, changes: [edgeChange(edge.id, ['localMountPath'], value)] },
        });
      }
    }
  },
});
