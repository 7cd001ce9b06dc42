import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { dragFromPalette } from '../support/canvas';
import { answerSaveDialogs, clickMenuItem, freshUserData, launchApp, skipWithoutElectron, waitUntilReady, windowTitle } from './electron-app';

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
