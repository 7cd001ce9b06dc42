import { runtimeInfo } from '../../catalog/runtimes';
import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { successorRuntime } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

export const runtimeDeprecated = defineRule({
  id: 'LMB009',
  severity: 'warning',
  title: 'Runtime not deprecated',
  why: 'A deprecated runtime gets no more security patches and functions on it lose technical support; creating and then updating functions on it will be blocked.',
  limit: 'Each managed runtime has a deprecation date (shared/catalog/runtimes.ts, from the AWS “Lambda runtimes” page).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-runtimes.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const info = runtimeInfo(fn.config.runtime.trim());
      if (!info || index.today < info.deprecation || index.today >= info.blockCreate) continue;
      const successor = successorRuntime(info.id, index.today);
      report({
        message: `Function ${index.name(fn.id)} runs ${info.id} (${info.label}), deprecated since ${info.deprecation}: no more security patches, and new functions on it are blocked from ${info.blockCreate}.`,
        nodeIds: [fn.id],
        ...(successor ? { fix: { label: `Move to ${successor.id} (${successor.label})`, changes: [nodeChange(fn.id, ['runtime'], successor.id)] } } : {}),
      });
    }
  },
});
