import type { CliIo } from '../command';
import { main } from '../main';

/** A CliIo over in-memory files and captured output, for running commands in tests. */
export function memoryIo(files: Record<string, string> = {}) {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    stdout: (t) => void out.push(t),
    stderr: (t) => void err.push(t),
    readFile: async (p) => {
      const text = files[p];
      if (text === undefined) throw Object.assign(new Error(`ENOENT: no such file or directory, open '${p}'`), { code: 'ENOENT' });
      return text;
    },
    writeFile: async (p, t) => void (files[p] = t),
  };
  return { io, files, stdout: () => out.join(''), stderr: () => err.join('') };
}

/** Runs the CLI in this process over in-memory files: the exit status and what it printed. */
export async function runInMemory(files: Record<string, string>, args: string[]) {
  const cli = memoryIo(files);
  const code = await main(args, cli.io);
  return { code, stdout: cli.stdout(), stderr: cli.stderr() };
}
