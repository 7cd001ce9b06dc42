import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const DIRECT_UPLOAD_MB = 50;

export const packageSizeZipped = defineRule({
  id: 'LMB014',
  severity: 'warning',
  title: 'Zipped package within 50 MB',
  why: 'Packages over 50 MB cannot be uploaded to Lambda directly; they must go through S3 (SAM and CloudFormation do), and large packages lengthen cold starts. Layers or a container image keep the function package small.',
  limit: 'Deployment package: 50 MB zipped for direct upload; 250 MB unzipped including layers.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      const zipped = fn.config.packageSize.zippedMB;
      if (fn.config.packageType !== 'Zip' || zipped === undefined || zipped <= DIRECT_UPLOAD_MB) continue;
      report({
        message: `Function ${index.name(fn.id)} has a ${formatNumber(zipped)} MB zipped package; over 50 MB it must be uploaded through S3, and it still has to stay under 250 MB unzipped.`,
        nodeIds: [fn.id],
      });
    }
  },
});
