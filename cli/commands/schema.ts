import { canonicalJson } from '../../shared/model/canonical-json';
import { designJsonSchema } from '../../shared/model/json-schema';
import type { CliCommand } from '../command';
import { parseOptions } from '../command';

export const schemaCommand: CliCommand = {
  name: 'schema',
  summary: 'print the JSON Schema of the .lambda.json format',
  usage: 'Usage: lambda-designer schema [-o file]\n\nPrints the JSON Schema that editors can use to validate .lambda.json files.',
  async run(args, io) {
    const { options } = parseOptions(args, ['-o', '--output']);
    const out = options.get('-o') ?? options.get('--output');
    const text = canonicalJson(designJsonSchema());
    if (typeof out === 'string') await io.writeFile(out, text);
    else io.stdout(text);
    return 0;
  },
};
