import { exportTemplate } from '../../shared/export/export-template';
import type { ExportTarget } from '../../shared/export/template-types';
import { loadDesign } from '../../shared/model/load-design';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';

const USAGE = `Usage: lambda-designer export <design.lambda.json> [--target sam|cfn] [--json] [-o file]

Prints the AWS SAM (default) or plain CloudFormation template of a design, in YAML with short
intrinsic tags, or in JSON with --json.

Options:
  --target, -t sam|cfn   sam: AWS::Serverless resources with events; cfn: no transform
  --json                 JSON instead of YAML
  -o, --output file      write the template to a file instead of standard output`;

const KNOWN = new Set(['--target', '-t', '--json', '-o', '--output']);

export const exportCommand: CliCommand = {
  name: 'export',
  summary: 'print the SAM or CloudFormation template of a design',
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ['--target', '-t', '-o', '--output']);
    const unknown = [...options.keys()].filter((o) => !KNOWN.has(o));
    if (unknown.length > 0 || positional.length !== 1) {
      io.stderr(`lambda-designer export: ${unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : 'expected one design file'}\n\n${USAGE}\n`);
      return 2;
    }
    const file = positional[0] as string;
    const target = options.get('--target') ?? options.get('-t') ?? 'sam';
    if (target !== 'sam' && target !== 'cfn') {
      io.stderr(`lambda-designer export: --target must be sam or cfn, not ${target === true ? 'empty' : JSON.stringify(target)}\n`);
      return 2;
    }
    const out = options.get('-o') ?? options.get('--output');
    if (out === true) {
      io.stderr('lambda-designer export: -o needs a file name\n');
      return 2;
    }
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.stderr(`lambda-designer export: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const loaded = loadDesign(text);
    if (!loaded.ok) {
      const lines = loaded.problems.map((p) => `  ${p.path}${p.line !== undefined ? ` (line ${p.line}, column ${p.column})` : ''}: ${p.message}`);
      io.stderr(`lambda-designer export: ${file} is not a design this version can read:\n${lines.join('\n')}\n`);
      return 2;
    }
    const template = exportTemplate(loaded.design, { target: target as ExportTarget, format: options.has('--json') ? 'json' : 'yaml' });
    if (typeof out === 'string') await io.writeFile(out, template);
    else io.stdout(template);
    return 0;
  },
};
