import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_MB = 2;

export const cloudfrontFunctionMemory = defineRule({
  id: 'EDG016',
  severity: 'error',
  title: 'CloudFront Functions within 2 MB of memory',
  why: 'A CloudFront Function gets at most 2 MB of memory; one that needs more fails on every request it handles. Work that needs memory belongs in Lambda@Edge.',
  limit: 'CloudFront Functions: 2 MB of memory.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.ofKind('cloudfront-function')) {
      const used = fn.config.memoryMB;
      if (used === undefined || used <= MAX_MB) continue;
      report({ message: `CloudFront Function ${index.name(fn.id)} uses ${formatNumber(used)} MB of memory; CloudFront Functions get 2 MB.`, nodeIds: [fn.id] });
    }
  },
});
