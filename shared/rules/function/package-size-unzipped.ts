import { defineRule } from '../define-rule';
import { formatNumber } from '../lib/format';
import { SEEDS } from '../lib/seeds';

const LIMIT_MB = 250;

export const packageSizeUnzipped = defineRule({
  id: 'LMB015',
  severity: 'error',
  title: 'Function and layers within 250 MB unzipped',
  why: 'Lambda refuses a function whose code and layers together exceed 250 MB unzipped; beyond that, package the function as a container image (up to 10 GB).',
  limit: 'Deployment package plus all layers: 250 MB unzipped.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/gettingstarted-limits.html',
  seed: SEEDS.summary,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const own = fn.config.packageSize.unzippedMB;
      const sized = index.layersOf(fn.id).filter((l) => l.layer.config.unzippedMB !== undefined);
      const total = (own ?? 0) + sized.reduce((sum, l) => sum + (l.layer.config.unzippedMB ?? 0), 0);
      if (total <= LIMIT_MB) continue;
      const parts = sized.length > 0 ? ` (its code ${formatNumber(own ?? 0)} MB, layers ${sized.map((l) => `${index.name(l.layer.id)} ${formatNumber(l.layer.config.unzippedMB ?? 0)} MB`).join(', ')})` : '';
      report({
        message: `Function ${index.name(fn.id)} unzips to ${formatNumber(total)} MB${parts}; Lambda allows 250 MB. Package it as a container image instead.`,
        nodeIds: [fn.id, ...sized.map((l) => l.layer.id)],
        edgeIds: sized.map((l) => l.edge.id),
      });
    }
  },
});
