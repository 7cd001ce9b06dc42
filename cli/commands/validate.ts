import type { Finding } from '../../shared/rules/define-rule';
import { validateDesign } from '../../shared/rules/engine';
import { RULES } from '../../shared/rules/registry';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';
import { readDesignInput } from '../read-design-input';

const USAGE = `Usage: lambda-designer validate <design.lambda.json|template.yaml> [--format text|json]

Checks a design, or a SAM or CloudFormation template, against every Lambda limit and practice the
app knows (\`lambda-designer rules\` lists them). Suppressions stored in a design are honoured.
For templates, node ids in the output are the template's logical ids.

Exit status: 0 without errors, 1 with errors (warnings and notes do not fail), 2 when the input
cannot be read (the reason on standard error).

Options:
  --format text|json  text for people (default), json for pipelines:
                      {"findings":[{"ruleId","severity","message","nodeIds","edgeIds"}]}
  --today yyyy-mm-dd  judge runtime deprecation dates against this day instead of today`;

const KNOWN = new Set(['--format', '--today']);

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function textReport(file: string, findings: readonly Finding[], suppressed: number): string {
  const count = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  const lines = findings.map((f) => {
    const where = [...f.nodeIds, ...f.edgeIds.map((e) => `edge ${e}`)].join(', ');
    return `${f.severity.padEnd(7)} ${f.ruleId}  ${f.message}\n        at ${where}${f.fix ? `\n        fix: ${f.fix.label}` : ''}`;
  });
  const summary = `${file}: ${plural(count('error'), 'error', 'errors')}, ${plural(count('warning'), 'warning', 'warnings')}, ${plural(count('info'), 'note', 'notes')}${suppressed > 0 ? `, ${suppressed} suppressed` : ''} (${RULES.length} rules checked)`;
  return `${[...lines, summary].join('\n')}\n`;
}

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'check a design or template against the Lambda rules (exit 1 on errors)',
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ['--format', '--today']);
    const unknown = [...options.keys()].filter((o) => !KNOWN.has(o));
    const format = options.get('--format') ?? 'text';
    const today = options.get('--today');
    const problem =
      unknown.length > 0 ? `unknown option ${unknown.join(', ')}`
      : positional.length !== 1 ? 'expected one design or template file'
      : format !== 'text' && format !== 'json' ? `--format must be text or json, not ${String(format)}`
      : today !== undefined && (today === true || !/^\d{4}-\d{2}-\d{2}$/.test(today)) ? '--today needs a date as yyyy-mm-dd'
      : null;
    if (problem) {
      io.stderr(`lambda-designer validate: ${problem}\n\n${USAGE}\n`);
      return 2;
    }
    const file = positional[0] as string;
    const input = await readDesignInput(file, io);
    if (!input.ok) {
      io.stderr(`lambda-designer validate: ${input.reason}\n`);
      return 2;
    }
    const { findings, suppressed } = validateDesign(input.design, typeof today === 'string' ? { today } : {});
    if (format === 'json') {
      const plain = (f: Finding) => ({ ruleId: f.ruleId, severity: f.severity, message: f.message, nodeIds: f.nodeIds, edgeIds: f.edgeIds });
      io.stdout(`${JSON.stringify({ findings: findings.map(plain), suppressed: suppressed.map(plain) }, null, 2)}\n`);
    } else {
      io.stdout(textReport(file, findings, suppressed.length));
    }
    return findings.some((f) => f.severity === 'error') ? 1 : 0;
  },
};
