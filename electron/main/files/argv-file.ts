import { statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';

/**
 * The design file named on a command line (`lambda-designer design.lambda.json`, the OS's "open
 * with", a second launch): the last argument that is an existing .json file. Switches and the
 * executable's own arguments are skipped.
 */
export function designFileFromArgv(argv: readonly string[], workingDirectory: string): string | null {
  for (const arg of [...argv.slice(1)].reverse()) {
    if (arg.startsWith('-') || !arg.toLowerCase().endsWith('.json')) continue;
    const full = isAbsolute(arg) ? arg : resolve(workingDirectory, arg);
    try {
      if (statSync(full).isFile()) return full;
    } catch {
      // not a file: keep looking
    }
  }
  return null;
}
