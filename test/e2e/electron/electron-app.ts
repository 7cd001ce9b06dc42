import { _electron as electron, expect, test, type ElectronApplication, type Page } from '@playwright/test';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// The runtime is found from node_modules/electron/path.txt, never with require('electron'), which
// would try to download it.
import { findElectronBinary } from '../../../scripts/electron-binary.mjs';

const binary = findElectronBinary();
export const repositoryRoot = join(import.meta.dirname, '..', '..', '..');

/** Skips every test of the calling spec file, saying why, where the Electron runtime is absent. */
export function skipWithoutElectron(): void {
  const reason = 'missing' in binary ? binary.missing : null;
  if (reason) console.log(`Skipping the Electron end-to-end tests: ${reason}.`);
  test.skip(reason !== null, `Electron runtime absent: ${reason ?? ''}`);
}

export function freshUserData(): string {
  return mkdtempSync(join(tmpdir(), 'lambda-designer-e2e-'));
}

export interface LaunchedApp {
  app: ElectronApplication;
  window: Page;
}

/** Starts the built app (dist/) as `npm start` does, with its own user data folder. */
export async function launchApp(userData: string, extraArgs: string[] = []): Promise<LaunchedApp> {
  if ('missing' in binary) throw new Error(binary.missing);
  const app = await electron.launch({
    executablePath: binary.path,
    args: [repositoryRoot, ...extraArgs],
    cwd: repositoryRoot,
    env: { ...process.env, LAMBDA_DESIGNER_USER_DATA: userData },
  });
  const window = await app.firstWindow();
  return { app, window };
}

export async function waitUntilReady(window: Page): Promise<void> {
  await expect(window.locator('[data-app-state="ready"]')).toBeVisible();
}

/** The next save dialogs answer these paths (then cancel), as if the user chose them. */
export async function answerSaveDialogs(app: ElectronApplication, paths: string[]): Promise<void> {
  await app.evaluate(({ dialog }, answers) => {
    const queue = [...answers];
    dialog.showSaveDialog = (async () => {
      const filePath = queue.shift();
      return filePath ? { canceled: false, filePath } : { canceled: true, filePath: '' };
    }) as typeof dialog.showSaveDialog;
  }, paths);
}

/** The next message boxes answer these button indexes (then their cancel button); their messages are recorded. */
export async function answerMessageBoxes(app: ElectronApplication, responses: number[]): Promise<void> {
  await app.evaluate(({ dialog }, answers) => {
    const queue = [...answers];
    const state = globalThis as unknown as { messageBoxes: string[] };
    state.messageBoxes = [];
    dialog.showMessageBox = (async (...args: unknown[]) => {
      const options = (args.length > 1 ? args[1] : args[0]) as Electron.MessageBoxOptions;
      state.messageBoxes.push(options.message);
      return { response: queue.shift() ?? options.cancelId ?? 0, checkboxChecked: false };
    }) as typeof dialog.showMessageBox;
  }, responses);
}

export function messageBoxes(app: ElectronApplication): Promise<string[]> {
  return app.evaluate(() => (globalThis as unknown as { messageBoxes?: string[] }).messageBoxes ?? []);
}

export function windowTitle(app: ElectronApplication): Promise<string> {
  return app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.getTitle() ?? '');
}

/** Clicks an application menu item by its id, as the user would with the mouse. */
export async function clickMenuItem(app: ElectronApplication, id: string): Promise<void> {
  await app.evaluate(({ Menu, BrowserWindow }, itemId) => {
    const item = Menu.getApplicationMenu()?.getMenuItemById(itemId);
    if (!item) throw new Error(`no menu item ${itemId}`);
    item.click(undefined, BrowserWindow.getAllWindows()[0], undefined);
  }, id);
}

/** Asks the window to close, as the title bar's close button does. */
export async function closeWindow(app: ElectronApplication): Promise<void> {
  await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows()[0]?.close());
}
