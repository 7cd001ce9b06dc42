import { spawn } from 'node:child_process';
import { join } from 'node:path';

export interface ServedBuild {
  url: string;
  stop: () => Promise<void>;
}

/** Serves dist/renderer with scripts/serve.mjs in a child process on a free port of 127.0.0.1. */
export function serveBuild(root: string): Promise<ServedBuild> {
  const child = spawn(process.execPath, [join(root, 'scripts', 'serve.mjs'), '--port', '0'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill();
    });
  return new Promise((resolve, reject) => {
    let output = '';
    const read = (chunk: Buffer) => {
      output += chunk.toString();
      const url = /running at (http:\/\/\S+)/.exec(output)?.[1];
      if (url) resolve({ url, stop });
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`scripts/serve.mjs exited (${code}) before serving: ${output.trim()}`)));
  });
}
