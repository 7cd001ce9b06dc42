import './zod-jitless';
import { readFile, writeFile } from 'node:fs/promises';
import type { CliCommand, CliIo } from './command';
import { COMMANDS } from './commands';

const VERSION = '0.1.0';

function helpText(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'lambda-designer: draw AWS Lambda architectures, check them against Lambda limits, export SAM and CloudFormation.',
    '',
    'Usage: lambda-designer <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Options:',
    '  --help, -h     show this help, or a command\'s own with `lambda-designer <command> --help`',
    '  --version, -v  print the version',
    '',
  ].join('\n');
}

export const nodeIo: CliIo = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
  readFile: (path) => readFile(path, 'utf8'),
  writeFile: (path, text) => writeFile(path, text, 'utf8'),
};

export async function main(argv: string[], io: CliIo = nodeIo): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    io.stdout(helpText());
    return 0;
  }
  if (name === '--version' || name === '-v') {
    io.stdout(`${VERSION}\n`);
    return 0;
  }
  const command: CliCommand | undefined = COMMANDS.find((c) => c.name === name);
  if (!command) {
    io.stderr(`lambda-designer: unknown command "${name}". Commands: ${COMMANDS.map((c) => c.name).join(', ')}.\n`);
    return 2;
  }
  if (rest.includes('--help') || rest.includes('-h')) {
    io.stdout(`${command.usage}\n`);
    return 0;
  }
  try {
    return await command.run(rest, io);
  } catch (error) {
    io.stderr(`lambda-designer ${name}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
}
