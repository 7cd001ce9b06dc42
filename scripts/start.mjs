// `npm start`: build, then open the Electron window; where the Electron runtime is absent and cannot
// be fetched, say so in one line and serve the same app on http://127.0.0.1:PORT instead.
// `npm run web` (`--web`) goes straight to the browser host.
import { spawn, spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { electronInstallScript, findElectronBinary } from './electron-binary.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const webOnly = process.argv.includes('--web');
const port = Number(process.env.PORT ?? 5199);

function run(command, args) {
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

function tryFetchElectron() {
  // Electron 42+ fetches its runtime on first use; try once, quietly, with a time limit.
  const result = spawnSync(process.execPath, [electronInstallScript], { cwd: root, stdio: 'pipe', timeout: 120_000 });
  return result.status === 0;
}

async function serveWeb() {
  const { startServer } = await import('./serve.mjs');
  const { url } = await startServer(port);
  console.log(`Lambda Designer is running at ${url}`);
}

run('npm', ['run', '--silent', webOnly ? 'build:renderer' : 'build']);

if (webOnly) {
  await serveWeb();
} else {
  let binary = findElectronBinary();
  if ('missing' in binary && tryFetchElectron()) binary = findElectronBinary();
  if ('path' in binary) {
    const child = spawn(binary.path, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
    child.on('exit', (code) => process.exit(code ?? 0));
  } else {
    console.log(`Electron runtime unavailable (${binary.missing}; it could not be downloaded): serving the app in your browser instead.`);
    await serveWeb();
  }
}
