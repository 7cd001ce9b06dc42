import { defineRule } from '../define-rule';
import { formatNumber, utf8Length } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const LIMIT_BYTES = 4096;

export const environmentSize = defineRule({
  id: 'LMB004',
  severity: 'error',
  title: 'Environment variables within 4 KB',
  why: 'Lambda refuses to create or update a function whose variables (names and values together) exceed 4 KB. Large configuration belongs in SSM Parameter Store, Secrets Manager or S3.',
  limit: 'Environment variables: 4 KB in total (keys plus values), per function.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      let size = 0;
      for (const [key, value] of Object.entries(fn.config.environment)) size += utf8Length(key) + utf8Length(value);
      if (size <= LIMIT_BYTES) continue;
      report({
        message: `Environment variables of function ${index.name(fn.id)} take ${formatNumber(size)} bytes; Lambda allows 4 KB (4,096 bytes) of names and values. Move large values to SSM Parameter Store or S3.`,
        nodeIds: [fn.id],
      });
    }
  },
});
