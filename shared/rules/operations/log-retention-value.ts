import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { formatNumber, plural } from '../lib/format';
import { acceptedRetention, RETENTION_DAYS } from '../lib/logs';
import { SEEDS } from '../lib/seeds';

export const logRetentionValue = defineRule({
  id: 'OPS002',
  severity: 'warning',
  title: 'Log retention of a period CloudWatch accepts',
  why: 'CloudWatch Logs accepts only certain retention periods; the export rounds any other value up to the next one, so logs would be kept longer than the design says.',
  limit: `Retention in days: ${RETENTION_DAYS.map(formatNumber).join(', ')}.`,
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatchLogs/latest/APIReference/API_PutRetentionPolicy.html',
  seed: SEEDS.longNotes,
  check(index, report) {
    const check = (id: string, what: string, days: number | undefined, path: string) => {
      if (days === undefined || RETENTION_DAYS.includes(days)) return;
      const value = acceptedRetention(days);
      report({
        message: `${what} ${index.name(id)} keeps logs ${plural(days, 'day')}, a period CloudWatch Logs does not accept; the export will write ${formatNumber(value)}.`,
        nodeIds: [id],
        fix: { label: `Keep logs ${plural(value, 'day')}`, changes: [nodeChange(id, [path], value)] },
      });
    };
    for (const fn of index.functions) check(fn.id, 'Function', fn.config.logRetentionDays, 'logRetentionDays');
    for (const group of index.ofKind('log-group')) check(group.id, 'Log group', group.config.retentionInDays, 'retentionInDays');
  },
});
