import { defineRule } from '../define-rule';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

export const zipRuntimeHandler = defineRule({
  id: 'LMB012',
  severity: 'error',
  title: 'Zip packages name a runtime and a handler',
  why: 'A .zip package runs on a managed runtime, which calls the handler (file.function) it is told; without them Lambda refuses to create the function.',
  limit: 'PackageType Zip requires Runtime and Handler.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/configuration-function-zip.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const missing = [...(fn.config.runtime.trim() ? [] : ['a runtime']), ...(fn.config.handler.trim() ? [] : ['a handler'])];
      if (missing.length === 0) continue;
      report({ message: `Function ${index.name(fn.id)} is a .zip package without ${joinWords(missing)}.`, nodeIds: [fn.id] });
    }
  },
});
