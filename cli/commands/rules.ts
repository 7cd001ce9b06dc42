import { RULES } from '../../shared/rules/registry';
import { rulesReferenceMarkdown } from '../../shared/rules/reference-markdown';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';

const USAGE = `Usage: lambda-designer rules [--format text|json|markdown]

Lists every rule \`lambda-designer validate\` checks: id, severity, title, the limit or practice with
its number, why it matters, the AWS documentation and the seed note it comes from.`;

export const rulesCommand: CliCommand = {
  name: 'rules',
  summary: 'list the rules validate checks',
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ['--format']);
    const format = options.get('--format') ?? 'text';
    const unknown = [...options.keys()].filter((o) => o !== '--format');
    if (unknown.length > 0 || positional.length > 0 || (format !== 'text' && format !== 'json' && format !== 'markdown')) {
      io.stderr(`lambda-designer rules: ${unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : positional.length > 0 ? 'takes no file' : `--format must be text, json or markdown, not ${String(format)}`}\n\n${USAGE}\n`);
      return 2;
    }
    if (format === 'json') {
      const rules = RULES.map(({ id, severity, title, limit, why, docsUrl, seed }) => ({ id, severity, title, limit, why, docsUrl, seed }));
      io.stdout(`${JSON.stringify({ rules }, null, 2)}\n`);
    } else if (format === 'markdown') {
      io.stdout(rulesReferenceMarkdown(RULES));
    } else {
      io.stdout(`${RULES.map((r) => `${r.id}  ${r.severity.padEnd(7)}  ${r.title}\n        ${r.limit}`).join('\n')}\n${RULES.length} rules\n`);
    }
    return 0;
  },
};
