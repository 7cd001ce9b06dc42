import { runtimeInfo } from '../../catalog/runtimes';
import { defineRule } from '../define-rule';
import { SEEDS } from '../lib/seeds';

export const unknownRuntime = defineRule({
  id: 'LMB011',
  severity: 'warning',
  title: 'Known managed runtime',
  why: 'Lambda accepts only its own runtime identifiers; a typo or a retired runtime (nodejs16.x, python3.8, go1.x) fails the deployment. Other languages run on an OS-only runtime (provided.al2023) or in a container image.',
  limit: 'Runtime: one of the identifiers on the AWS “Lambda runtimes” page (shared/catalog/runtimes.ts).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      const runtime = fn.config.runtime.trim();
      if (fn.config.packageType !== 'Zip' || runtime === '' || runtimeInfo(runtime)) continue;
      report({
        message: `Function ${index.name(fn.id)} names runtime “${runtime}”, which is not a Lambda runtime this catalog knows (retired or misspelled).`,
        nodeIds: [fn.id],
      });
    }
  },
});
