// Finds the Electron runtime without require('electron'), which would try to download it.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const electronDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'electron');

/** @returns {{ path: string } | { missing: string }} */
export function findElectronBinary() {
  const pathFile = join(electronDir, 'path.txt');
  if (!existsSync(electronDir)) return { missing: 'the electron package is not installed (run npm ci)' };
  const relative = existsSync(pathFile) ? readFileSync(pathFile, 'utf8').trim() : null;
  const override = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (override) {
    const candidate = join(override, relative ?? (process.platform === 'win32' ? 'electron.exe' : 'electron'));
    return existsSync(candidate) ? { path: candidate } : { missing: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary at ${candidate}` };
  }
  if (!relative) return { missing: 'the Electron runtime has not been downloaded (node_modules/electron/path.txt is absent)' };
  const binary = join(electronDir, 'dist', relative);
  return existsSync(binary) ? { path: binary } : { missing: `the Electron runtime is missing at ${binary}` };
}

export const electronInstallScript = join(electronDir, 'install.js');
