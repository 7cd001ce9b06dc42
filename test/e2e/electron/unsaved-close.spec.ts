import { expect, test } from '@playwright/test';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dragFromPalette } from '../support/canvas';
import { answerMessageBoxes, answerSaveDialogs, closeWindow, freshUserData, launchApp, messageBoxes, skipWithoutElectron, waitUntilReady, windowTitle } from './electron-app';

skipWithoutElectron();

const backupsIn = (userData: string) => (existsSync(join(userData, 'backups')) ? readdirSync(join(userData, 'backups')).filter((f) => f.endsWith('.json')) : []);

test('closing with unsaved changes asks first: Cancel keeps the window, Don’t Save closes and forgets the backup', async () => {
  const userData = freshUserData();
  const { app, window } = await launchApp(userData);
  await waitUntilReady(window);
  await dragFromPalette(window, 'Lambda function', { x: 320, y: 260 });
  await expect.poll(() => windowTitle(app)).toMatch(/^• /);
  await expect.poll(() => backupsIn(userData)).toHaveLength(1);

  await answerMessageBoxes(app, [2]);
  await closeWindow(app);
  await expect.poll(() => messageBoxes(app)).toEqual([expect.stringMatching(/^Save the changes to “.+” before closing\?$/)]);
  await expect(window.locator('.react-flow__node')).toHaveCount(1);

  await answerMessageBoxes(app, [1]);
  const closed = app.waitForEvent('close');
  await closeWindow(app);
  await closed;
  expect(backupsIn(userData)).toEqual([]);
});

test('Save in the close prompt saves, then closes', async () => {
  const userData = freshUserData();
  const file = test.info().outputPath('closing.lambda.json');
  const { app, window } = await launchApp(userData);
  await waitUntilReady(window);
  await dragFromPalette(window, 'SNS topic', { x: 320, y: 260 });
  await expect.poll(() => windowTitle(app)).toMatch(/^• /);

  await answerMessageBoxes(app, [0]);
  await answerSaveDialogs(app, [file]);
  const closed = app.waitForEvent('close');
  await closeWindow(app);
  await closed;
  expect(JSON.parse(readFileSync(file, 'utf8')).nodes).toHaveLength(1);
});

test('a window with nothing unsaved closes without a question', async () => {
  const { app, window } = await launchApp(freshUserData());
  await waitUntilReady(window);
  await answerMessageBoxes(app, []);
  const closed = app.waitForEvent('close');
  await closeWindow(app);
  await closed;
});
