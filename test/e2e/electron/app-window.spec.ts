import { expect, test } from '@playwright/test';
import { freshUserData, launchApp, skipWithoutElectron, waitUntilReady } from './electron-app';

skipWithoutElectron();

test('the Electron window opens the app from app:// with a starter design on the canvas', async () => {
  const { app, window } = await launchApp(freshUserData());
  try {
    await waitUntilReady(window);
    expect(window.url()).toMatch(/^app:\/\/lambda-designer\//);
    await window.getByRole('button', { name: 'Starter designs…' }).click();
    await window.getByTestId('gallery').getByRole('button', { name: 'Serverless thumbnail pipeline', exact: true }).click();
    await expect(window.locator('.component-node')).toHaveCount(5);
    const isolated = await window.evaluate(() => typeof (globalThis as { require?: unknown }).require === 'undefined' && typeof (globalThis as { process?: unknown }).process === 'undefined');
    expect(isolated).toBe(true);
    // The page gets the narrow API, never ipcRenderer.
    const api = await window.evaluate(() => {
      const designer = (globalThis as { designer?: Record<string, unknown> }).designer;
      return designer ? Object.keys(designer).sort() : null;
    });
    expect(api).toEqual(['app', 'backup', 'design', 'host', 'on', 'platform', 'shell']);
    const policy = await window.evaluate(async () => (await fetch('./index.html')).headers.get('content-security-policy'));
    expect(policy).toContain("default-src 'self'");
    expect(policy).toContain("frame-ancestors 'none'");
  } finally {
    await app.close();
  }
});

test('the window refuses to navigate away and to open other windows', async () => {
  const { app, window } = await launchApp(freshUserData());
  try {
    await waitUntilReady(window);
    const opened = await window.evaluate(() => globalThis.open('https://example.com/', '_blank') === null);
    expect(opened).toBe(true);
    // Listen in the main process first, then try to leave.
    await app.evaluate(({ BrowserWindow }) => {
      const contents = BrowserWindow.getAllWindows()[0]!.webContents;
      (globalThis as { navigationAttempt?: Promise<string> }).navigationAttempt = new Promise((resolve) => contents.once('will-navigate', (_event, url) => resolve(url)));
    });
    await window.evaluate(() => {
      globalThis.location.href = 'https://example.com/';
    });
    expect(await app.evaluate(() => (globalThis as { navigationAttempt?: Promise<string> }).navigationAttempt)).toBe('https://example.com/');
    await waitUntilReady(window);
    expect(window.url()).toMatch(/^app:\/\/lambda-designer\//);
    expect(app.windows()).toHaveLength(1);
  } finally {
    await app.close();
  }
});
