import { importTemplate } from '../../shared/import/import-template';
import { serializeDesign } from '../../shared/model/save-design';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';

const USAGE = `Usage: lambda-designer import <template.yaml|template.json> [-o design.lambda.json]

Reads an AWS SAM or CloudFormation template into a design: one node per resource (its id the
logical id), connections rebuilt from events, mappings, destinations, policies and variables,
laid out with the app's auto layout.
Resources outside the catalog and every other section are kept, so export gives them back.

Options:
  -o, --output file   write the design to a file instead of standard output`;

const KNOWN = new Set(['-o', '--output']);

export const importCommand: CliCommand = {
  name: 'import',
  summary: 'read a SAM or CloudFormation template into a design',
  usage: USAGE,
  async run(args, io) {
    const { positional, options } = parseOptions(args, ['-o', '--output']);
    const unknown = [...options.keys()].filter((o) => !KNOWN.has(o));
    if (unknown.length > 0 || positional.length !== 1) {
      io.stderr(`lambda-designer import: ${unknown.length > 0 ? `unknown option ${unknown.join(', ')}` : 'expected one template file'}\n\n${USAGE}\n`);
      return 2;
    }
    const file = positional[0] as string;
    const out = options.get('-o') ?? options.get('--output');
    if (out === true) {
      io.stderr('lambda-designer import: -o needs a file name\n');
      return 2;
    }
    let text: string;
    try {
      text = await io.readFile(file);
    } catch (error) {
      io.stderr(`lambda-designer import: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`);
      return 2;
    }
    const result = importTemplate(text, file);
    if (!result.ok) {
      const lines = result.problems.map((p) => `  ${file}${p.line !== undefined ? `:${p.line}${p.column !== undefined ? `:${p.column}` : ''}` : ''}${p.path ? ` ${p.path}` : ''}: ${p.message}`);
      io.stderr(`lambda-designer import: ${file} is not a template this tool can read:\n${lines.join('\n')}\n`);
      return 2;
    }
    for (const warning of result.warnings) io.stderr(`warning: ${warning}\n`);
    // elkjs takes about 100 ms to load: only this command needs it, so the others start without it.
    const { layoutDesign } = await import('../../shared/layout/auto-layout');
    const designText = serializeDesign(await layoutDesign(result.design));
    if (typeof out === 'string') await io.writeFile(out, designText);
    else io.stdout(designText);
    return 0;
  },
};
