import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const LIMIT_MB = 10_240;

export const imageSize = defineRule({
  id: 'LMB018',
  severity: 'error',
  title: 'Container image within 10 GB',
  why: 'Lambda refuses images larger than 10 GB uncompressed, including all their layers.',
  limit: 'Container image: 10 GB (10,240 MB) uncompressed.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  seed: SEEDS.versionsAndLimits,
  check(index, report) {
    for (const fn of index.functions) {
      const size = fn.config.packageSize.imageMB;
      if (fn.config.packageType !== 'Image' || size === undefined || size <= LIMIT_MB) continue;
      report({ message: `Container image of function ${index.name(fn.id)} is ${formatNumber(size)} MB; Lambda allows 10,240 MB.`, nodeIds: [fn.id] });
    }
  },
});
