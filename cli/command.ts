/** What a CLI command gets: its arguments and the process's streams, so tests can run it in memory. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readFile: (path: string) => Promise<string>;
  writeFile: (path: string, text: string) => Promise<void>;
}

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  /** Returns the exit code: 0 success, 1 findings or failure the user must act on, 2 unusable input. */
  run: (args: string[], io: CliIo) => Promise<number>;
}

/** Splits `--flag value` and `--flag=value` options from positional arguments. */
export function parseOptions(args: string[], valued: readonly string[]): { positional: string[]; options: Map<string, string | true> } {
  const positional: string[] = [];
  const options = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg.startsWith('-')) {
      const [flag, inline] = arg.split('=', 2) as [string, string | undefined];
      if (inline !== undefined) options.set(flag, inline);
      else if (valued.includes(flag) && i + 1 < args.length) options.set(flag, args[++i] as string);
      else options.set(flag, true);
    } else positional.push(arg);
  }
  return { positional, options };
}
