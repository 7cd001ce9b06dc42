import { expect, test } from '@playwright/test';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dragFromPalette } from '../support/canvas';
import { freshUserData, launchApp, skipWithoutElectron, waitUntilReady } from './electron-app';

skipWithoutElectron();

const backupsIn = (userData: string) => (existsSync(join(userData, 'backups')) ? readdirSync(join(userData, 'backups')).filter((f) => f.endsWith('.json')) : []);

test('work survives a killed app: the next start offers the backup and brings the design back', async () => {
  const userData = freshUserData();
  const first = await launchApp(userData);
  await waitUntilReady(first.window);
  await dragFromPalette(first.window, 'Lambda function', { x: 320, y: 260 });
  await dragFromPalette(first.window, 'DynamoDB table', { x: 620, y: 260 });
  await expect(first.window.locator('.react-flow__node')).toHaveCount(2);
  // The renderer backs up about a second after the last change.
  await expect.poll(() => backupsIn(userData), { timeout: 10_000 }).toHaveLength(1);
  const [before] = backupsIn(userData);

  const exited = new Promise((resolve) => first.app.process().once('exit', resolve));
  first.app.process().kill('SIGKILL');
  await exited;

  const second = await launchApp(userData);
  try {
    const dialog = second.window.getByTestId('dialog');
    await expect(dialog).toContainText('Recover unsaved work?');
    await dialog.getByRole('button', { name: 'Recover' }).click();
    await waitUntilReady(second.window);
    await expect(second.window.locator('.react-flow__node')).toHaveCount(2);
    // The recovered design is backed up under its new key; the old backup is gone.
    await expect.poll(() => backupsIn(userData)).not.toContain(before);
  } finally {
    await second.app.close();
  }
});

test('declining recovery drops the backup', async () => {
  const userData = freshUserData();
  const first = await launchApp(userData);
  await waitUntilReady(first.window);
  await dragFromPalette(first.window, 'Lambda function', { x: 320, y: 260 });
  await expect.poll(() => backupsIn(userData), { timeout: 10_000 }).toHaveLength(1);
  const exited = new Promise((resolve) => first.app.process().once('exit', resolve));
  first.app.process().kill('SIGKILL');
  await exited;

  const second = await launchApp(userData);
  try {
    const dialog = second.window.getByTestId('dialog');
    await dialog.getByRole('button', { name: 'Discard' }).click();
    await waitUntilReady(second.window);
    await expect(second.window.locator('.react-flow__node')).toHaveCount(0);
    await expect.poll(() => backupsIn(userData)).toEqual([]);
  } finally {
    await second.app.close();
  }
});
