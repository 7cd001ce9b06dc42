import { defineRule } from '../define-rule';
import { nodeChange } from '../lib/fixes';
import { SEEDS } from '../lib/seeds';

/** The retention a new log group gets in the editor. */
const DEFAULT_DAYS = 30;

export const logRetentionMissing = defineRule({
  id: 'OPS001',
  severity: 'info',
  title: 'Function logs expire',
  why: 'Lambda writes each function’s logs to the log group /aws/lambda/<function>. Without a retention period CloudWatch Logs keeps them forever, and stored logs are billed every month; the export writes that log group with a retention only when the function sets one.',
  limit: 'logRetentionDays set (CloudWatch Logs keeps log events indefinitely by default).',
  docsUrl: 'https://docs.aws.amazon.com/AmazonCloudWatch/latest/logs/Working-with-log-groups-and-streams.html',
  seed: SEEDS.longNotes,
  check(index, report) {
    // A log group drawn for the function (as templates often declare one) sets its retention.
    const named = new Set(index.ofKind('log-group').map((g) => g.config.logGroupName?.trim() ?? ''));
    for (const fn of index.functions) {
      if (fn.config.logRetentionDays !== undefined) continue;
      if (named.has(`/aws/lambda/\${${fn.id}}`) || named.has(`/aws/lambda/${fn.id}`)) continue;
      report({
        message: `Function ${index.name(fn.id)} sets no log retention: CloudWatch Logs keeps its logs forever.`,
        nodeIds: [fn.id],
        fix: { label: `Keep logs ${DEFAULT_DAYS} days`, changes: [nodeChange(fn.id, ['logRetentionDays'], DEFAULT_DAYS)] },
      });
    }
  },
});
