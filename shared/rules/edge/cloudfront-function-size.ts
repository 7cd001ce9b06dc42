import { defineRule } from '../define-rule';
import { formatNumber, utf8Length } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const MAX_BYTES = 10 * 1024;

export const cloudfrontFunctionSize = defineRule({
  id: 'EDG015',
  severity: 'error',
  title: 'CloudFront Function code within 10 KB',
  why: 'CloudFront refuses a function whose code is larger than 10 KB. Keep CloudFront Functions to small header, URL and cache-key changes; larger logic belongs in Lambda@Edge.',
  limit: 'CloudFront Functions: 10 KB of code per function.',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/cloudfront-limits.html#limits-functions',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.ofKind('cloudfront-function')) {
      const bytes = utf8Length(fn.config.code);
      if (bytes <= MAX_BYTES) continue;
      report({
        message: `CloudFront Function ${index.name(fn.id)} has ${formatNumber(bytes)} bytes of code; CloudFront allows 10 KB (10,240 bytes).`,
        nodeIds: [fn.id],
      });
    }
  },
});
