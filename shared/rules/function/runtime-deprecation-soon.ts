import { runtimeInfo } from '../../catalog/runtimes';
import { defineRule } from '../define-rule';
import { daysBetween } from '../lib/dates';
import { nodeChange } from '../lib/fixes';
import { plural } from '../lib/format';
import { successorRuntime } from '../lib/runtimes';
import { SEEDS } from '../lib/seeds';

const NOTICE_DAYS = 180;

export const runtimeDeprecationSoon = defineRule({
  id: 'LMB010',
  severity: 'info',
  title: 'Runtime deprecated within six months',
  why: 'Moving to a newer runtime takes testing; starting before the deprecation date avoids running unpatched code.',
  limit: 'Notice: 180 days before the runtime’s deprecation date.',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/runtime-support-policy.html',
  seed: SEEDS.courseNotes,
  check(index, report) {
    for (const fn of index.functions) {
      if (fn.config.packageType !== 'Zip') continue;
      const info = runtimeInfo(fn.config.runtime.trim());
      if (!info || index.today >= info.deprecation) continue;
      const days = daysBetween(index.today, info.deprecation);
      if (days > NOTICE_DAYS) continue;
      const successor = successorRuntime(info.id, index.today);
      report({
        message: `Function ${index.name(fn.id)} runs ${info.id} (${info.label}), deprecated on ${info.deprecation}, in ${plural(days, 'day')}.`,
        nodeIds: [fn.id],
        ...(successor ? { fix: { label: `Move to ${successor.id} (${successor.label})`, changes: [nodeChange(fn.id, ['runtime'], successor.id)] } } : {}),
      });
    }
  },
});
