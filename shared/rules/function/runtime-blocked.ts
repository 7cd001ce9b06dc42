import { runtimeInfo } from '../../catalog/runtimes';
import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { successorRuntime } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

export const runtimeBlocked = defineRule({
  id: 'LMB008',
  severity: 'error',
  title: 'Runtime still open for new functions',
  why: 'Some time after a runtime is deprecated, Lambda blocks creating functions on it, then updating them: a fresh deployment of the design fails.',
  limit: 'Each managed runtime has a deprecation date, then a block-create date and a block-update date (shared/catalog/runtimes.ts).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const info = runtimeInfo(fn.config.runtime.trim());
      if (!info || index.today < info.blockCreate) continue;
      const updates = index.today >= info.blockUpdate ? `nor update them (since ${info.blockUpdate})` : `and updates stop on ${info.blockUpdate}`;
      const successor = successorRuntime(info.id, index.today);
      report({
        message: `Function ${index.name(fn.id)} runs ${info.id} (${info.label}): since ${info.blockCreate} Lambda creates no functions on it ${updates}.`,
        nodeIds: [fn.id],
        ...(successor ? { fix: { label: `Move to ${successor.id} (${successor.label})`, changes: [nodeChange(fn.id, ['runtime'], successor.id)] } } : {}),
      });
    }
  },
});
