import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { dragFromPalette, nodeNamed } from '../support/canvas';

// Without the File System Access API the browser host downloads and uploads; that is the path a
// test can drive (the native pickers cannot be automated).
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('save downloads the design; open reads it back; a broken file is explained and changes nothing', async ({ page }, testInfo) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await dragFromPalette(page, 'SNS topic', { x: 300, y: 500 });
  await expect(page.getByTestId('document-name')).toContainText('•');

  const downloadPromise = page.waitForEvent('download');
  await page.keyboard.press('Control+s');
  const download = await downloadPromise;
  expect(download.suggestedFilename()).toBe('serverless-thumbnail-pipeline.lambda.json');
  const saved = testInfo.outputPath('saved.lambda.json');
  await download.saveAs(saved);
  const text = readFileSync(saved, 'utf8');
  expect(JSON.parse(text).nodes).toHaveLength(6);
  await expect(page.getByTestId('document-name')).not.toContainText('•');

  // A new design, then open the saved file.
  await page.getByRole('button', { name: 'New' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  let chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles(saved);
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
  await expect(nodeNamed(page, 'Topic')).toBeVisible();

  // A file that is not a design: every problem is listed, the open design stays.
  chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: 'broken.lambda.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"lambda-designer/design","version":1,"name":"x","nodes":[{"id":"a","kind":"lambda-function","name":"A","position":{"x":0,"y":"up"}}],"edges":[]}') });
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText('Cannot open broken.lambda.json');
  await expect(dialog).toContainText('nodes[0].position.y: expected number');
  await dialog.getByRole('button', { name: 'OK' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
});

test('unsaved changes are asked about before they are replaced', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Lambda function', { x: 300, y: 300 });
  await page.getByRole('button', { name: 'New' }).click();
  const dialog = page.getByTestId('dialog');
  await expect(dialog).toContainText('Save the changes to “Untitled design” before you start a new design?');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(1);
  await page.getByRole('button', { name: 'New' }).click();
  await dialog.getByRole('button', { name: 'Don’t Save' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
});

test('a page killed mid-edit loses nothing: the next start offers the backup', async ({ page, context }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await dragFromPalette(page, 'EventBridge rule', { x: 250, y: 480 });
  await expect(nodeNamed(page, 'Rule')).toBeVisible();
  // The backup is written about a second after the change.
  await page.waitForTimeout(1600);
  await page.close({ runBeforeUnload: false });

  const next = await context.newPage();
  await next.goto('./');
  const dialog = next.getByTestId('dialog');
  await expect(dialog).toContainText('Recover unsaved work?');
  await expect(dialog).toContainText('Serverless thumbnail pipeline');
  await dialog.getByRole('button', { name: 'Recover' }).click();
  await expect(next.locator('.react-flow__node')).toHaveCount(6);
  await expect(nodeNamed(next, 'Rule')).toBeVisible();
  await expect(next.getByTestId('document-name')).toContainText('•');

  // Declined or saved, a backup is not offered again.
  const third = await context.newPage();
  await third.goto('./');
  await expect(third.getByTestId('dialog')).toContainText('Recover unsaved work?');
  await third.getByTestId('dialog').getByRole('button', { name: 'Discard' }).click();
  const fourth = await context.newPage();
  await fourth.goto('./');
  await expect(fourth.locator('[data-app-state="ready"]')).toBeVisible();
  await expect(fourth.getByTestId('dialog')).toHaveCount(0);
});
