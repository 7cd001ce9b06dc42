import { defineRule } from '../define-rule';
import { readStatements, stringList } from '../lib/iam';
import { joinWords } from '../lib/format';
import { SEEDS } from '../lib/seeds';

/** Actions AWS's own Lambda managed policies grant on every resource (basic, VPC access, X-Ray): they support no narrower resource. */
const STAR_ONLY_ACTIONS: readonly string[] = [
  'logs:CreateLogGroup', 'logs:CreateLogStream', 'logs:PutLogEvents',
  'ec2:CreateNetworkInterface', 'ec2:DescribeNetworkInterfaces', 'ec2:DescribeSubnets', 'ec2:DeleteNetworkInterface',
  'ec2:AssignPrivateIpAddresses', 'ec2:UnassignPrivateIpAddresses',
  'xray:PutTraceSegments', 'xray:PutTelemetryRecords', 'xray:GetSamplingRules', 'xray:GetSamplingTargets', 'xray:GetSamplingStatisticSummaries',
].map((a) => a.toLowerCase());
/** Verbs of actions that only read. */
const READ_VERB = /^(Get|List|Describe|BatchGet|Query|Scan|Head|Lookup|Search|Select|View|Read)/i;

function isReadOnly(action: string): boolean {
  const verb = action.split(':')[1] ?? '';
  return !verb.includes('*') && READ_VERB.test(verb);
}

/** What is too broad in one Allow statement, or undefined. */
function broadness(statement: Record<string, unknown>): string | undefined {
  if (statement.Effect !== 'Allow') return undefined;
  const actions = stringList(statement.Action);
  if (actions.some((a) => a.trim() === '*' || a.trim() === '*:*')) return 'every action';
  const resources = stringList(statement.Resource);
  if (!resources.some((r) => r.trim() === '*')) return undefined;
  const service = actions.find((a) => /^[a-z0-9-]+:\*$/i.test(a.trim()));
  if (service) return `every ${service.split(':')[0]} action on every resource`;
  const writes = actions.filter((a) => !isReadOnly(a) && !STAR_ONLY_ACTIONS.includes(a.trim().toLowerCase()));
  return writes.length > 0 ? `${joinWords(writes)} on every resource` : undefined;
}

export const wildcardPermissions = defineRule({
  id: 'SEC002',
  severity: 'warning',
  title: 'Extra IAM statements grant least privilege',
  why: 'A statement that allows every action, every action of a service, or changes on every resource ("Resource": "*") lets a bug or a compromised dependency in the function reach far more than it needs. Connections already grant what they need on their own resources; name the actions and resources in extra statements.',
  limit: 'No Allow of "Action": "*", of service:* on "Resource": "*", or of write actions on "Resource": "*" (except those AWS grants only on "*": logs, network interfaces, X-Ray).',
  docsUrl: 'https://docs.aws.amazon.com/IAM/latest/UserGuide/best-practices.html',
  seed: SEEDS.cheatSheet,
  check(index, report) {
    for (const fn of index.functions) {
      const { statements } = readStatements(fn.config.policyStatements);
      const broad = statements.map(broadness).filter((b): b is string => b !== undefined);
      if (broad.length === 0) continue;
      report({
        message: `Extra IAM statements of function ${index.name(fn.id)} allow ${joinWords([...new Set(broad)])}: name only the actions and resources it uses.`,
        nodeIds: [fn.id],
      });
    }
  },
});
