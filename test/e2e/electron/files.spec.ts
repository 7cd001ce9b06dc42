import { expect, test } from '@playwright/test';
import { readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { dragFromPalette } from '../support/canvas';
import { answerMessageBoxes, answerSaveDialogs, clickMenuItem, freshUserData, launchApp, messageBoxes, skipWithoutElectron, waitUntilReady, windowTitle } from './electron-app';

skipWithoutElectron();

test('new → draw → save → reopen: the design comes back from its file and from Open Recent', async () => {
  const userData = freshUserData();
  const file = test.info().outputPath('orders.lambda.json');

  const first = await launchApp(userData);
  try {
    await waitUntilReady(first.window);
    await clickMenuItem(first.app, 'file.new');
    await expect(first.window.locator('.react-flow__node')).toHaveCount(0);
    await dragFromPalette(first.window, 'Lambda function', { x: 320, y: 260 });
    await dragFromPalette(first.window, 'SQS queue', { x: 620, y: 260 });
    await expect(first.window.locator('.react-flow__node')).toHaveCount(2);
    await expect.poll(() => windowTitle(first.app)).toMatch(/^• /);

    await answerSaveDialogs(first.app, [file]);
    await clickMenuItem(first.app, 'file.save');
    await expect.poll(() => windowTitle(first.app)).toBe('orders.lambda.json — Lambda Designer');
    const saved = JSON.parse(readFileSync(file, 'utf8'));
    expect(saved.format).toBe('lambda-designer/design');
    expect(saved.nodes.map((n: { kind: string }) => n.kind).sort()).toEqual(['lambda-function', 'sqs-queue']);
  } finally {
    await first.app.close();
  }

  // Opened from the command line, as the OS's "open with" does.
  const second = await launchApp(userData, [file]);
  try {
    await expect(second.window.locator('.react-flow__node')).toHaveCount(2);
    await expect.poll(() => windowTitle(second.app)).toBe('orders.lambda.json — Lambda Designer');
    await clickMenuItem(second.app, 'file.new');
    await expect(second.window.locator('.react-flow__node')).toHaveCount(0);
    // Open Recent remembers it across runs.
    await clickMenuItem(second.app, 'file.recent.0');
    await expect(second.window.locator('.react-flow__node')).toHaveCount(2);
  } finally {
    await second.app.close();
  }
});

test('a file changed on disk by another program is noticed before Save overwrites it', async () => {
  const file = test.info().outputPath('shared.lambda.json');
  const { app, window } = await launchApp(freshUserData());
  try {
    await waitUntilReady(window);
    await dragFromPalette(window, 'Lambda function', { x: 320, y: 260 });
    await answerSaveDialogs(app, [file]);
    await clickMenuItem(app, 'file.save');
    await expect.poll(() => windowTitle(app)).toBe('shared.lambda.json — Lambda Designer');

    // Someone else rewrites the file.
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(file, 'utf8')), name: 'Theirs' }, null, 2));
    const later = new Date(Date.now() + 60_000);
    utimesSync(file, later, later);

    await dragFromPalette(window, 'SQS queue', { x: 620, y: 260 });
    await expect.poll(() => windowTitle(app)).toMatch(/^• /);
    await answerMessageBoxes(app, [1]);
    await clickMenuItem(app, 'file.save');
    await expect.poll(() => messageBoxes(app)).toEqual(['“shared.lambda.json” was changed by another program since you opened it.']);
    expect(JSON.parse(readFileSync(file, 'utf8')).name).toBe('Theirs');
    await expect.poll(() => windowTitle(app)).toMatch(/^• /);

    await answerMessageBoxes(app, [0]);
    await clickMenuItem(app, 'file.save');
    await expect.poll(() => windowTitle(app)).toBe('shared.lambda.json — Lambda Designer');
    expect(JSON.parse(readFileSync(file, 'utf8')).nodes).toHaveLength(2);
  } finally {
    await app.close();
  }
});
