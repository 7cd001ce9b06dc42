import { _electron as electron, expect, test } from '@playwright/test';
import { join } from 'node:path';
// The runtime is found without require('electron'), which would try to download it.
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
const root = join(import.meta.dirname, '..', '..', '..');

test.skip('missing' in binary, `Electron runtime absent: ${'missing' in binary ? binary.missing : ''}`);
if ('missing' in binary) console.log(`Skipping the Electron window tests: ${binary.missing}.`);

test('the Electron window opens the app from app:// with a starter design on the canvas', async () => {
  const app = await electron.launch({ executablePath: (binary as { path: string }).path, args: [join(root, 'dist', 'electron', 'main.cjs')] });
  try {
    const window = await app.firstWindow();
    await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
    expect(window.url()).toMatch(/^app:\/\/lambda-designer\//);
    await window.getByRole('button', { name: 'Starter designs…' }).click();
    await window.getByTestId('gallery').getByRole('button', { name: 'Serverless thumbnail pipeline', exact: true }).click();
    await expect(window.locator('.component-node')).toHaveCount(5);
    const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined');
    expect(isolated).toBe(true);
  } finally {
    await app.close();
  }
});
