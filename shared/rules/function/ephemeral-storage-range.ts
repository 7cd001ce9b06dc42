import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { clamp, formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MIN = 512;
const MAX = 10_240;

export const ephemeralStorageRange = defineRule({
  id: 'LMB003',
  severity: 'error',
  title: 'Ephemeral storage (/tmp) between 512 and 10,240 MB',
  why: '/tmp is the only writable disk of a function; Lambda refuses sizes outside the range. Data that must outlive the execution environment belongs in S3 or EFS.',
  limit: 'Ephemeral storage: 512 MB to 10,240 MB, in 1 MB steps.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-ephemeral-storage.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      const size = fn.config.ephemeralStorage;
      if (size >= MIN && size <= MAX) continue;
      const value = clamp(size, MIN, MAX);
      report({
        message: `Function ${index.name(fn.id)} asks for ${formatNumber(size)} MB of /tmp; Lambda allows 512 to 10,240 MB.`,
        nodeIds: [fn.id],
        fix: { label: `Set ephemeral storage to ${formatNumber(value)} MB`, changes: [nodeChange(fn.id, ['ephemeralStorage'], value)] },
      });
    }
  },
});
