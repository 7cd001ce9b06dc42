import { defineRule } from '../define-rule';
import { allowsAction, readStatements } from '../lib/iam';
import { SEEDS } from '../lib/seeds';

const XRAY_ACTIONS = ['xray:PutTraceSegments', 'xray:PutTelemetryRecords'];

export const tracingSharedRole = defineRule({
  id: 'OPS003',
  severity: 'warning',
  title: 'Traced functions with a shared role may write to X-Ray',
  why: 'With active tracing, Lambda sends trace segments with the function’s execution role. Roles the export creates get X-Ray write permissions (from the template, or from SAM); a shared role named in the function gets nothing, and without them no traces arrive.',
  limit: 'Execution role of a function with Tracing Active: xray:PutTraceSegments and xray:PutTelemetryRecords (AWSXRayDaemonWriteAccess).',
  docsUrl: 'https://docs.aws.amazon.com/lambda/latest/dg/services-xray.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const fn of index.functions) {
      const role = fn.config.executionRole?.trim();
      if (!role || fn.config.tracing !== 'Active') continue;
      const { statements } = readStatements(fn.config.policyStatements);
      if (XRAY_ACTIONS.every((action) => allowsAction(statements, action))) continue;
      report({
        message: `Function ${index.name(fn.id)} traces actively with the shared role “${role}”, to which the export adds no X-Ray permissions: attach AWSXRayDaemonWriteAccess to that role (or allow xray:PutTraceSegments and xray:PutTelemetryRecords in the function’s extra statements).`,
        nodeIds: [fn.id],
      });
    }
  },
});
