import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { dragFromPalette, nodeNamed } from '../support/canvas';

test('the inspector edits a component: units, ranges and errors as you type, defaults, env vars, undo', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await nodeNamed(page, 'Thumbnail function').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Lambda function');

  const memory = inspector.getByLabel('Memory size (MB)', { exact: true });
  await expect(memory).toHaveValue('1024');
  await expect(inspector.locator('[data-field="memorySize"] .field-help')).toContainText('Range 128–10,240. Default: 128.');
  await memory.fill('20000');
  await expect(inspector.getByRole('alert')).toHaveText('Must be between 128 and 10,240 MB.');
  await memory.press('Enter');
  await expect(page.getByTestId('document-name')).not.toContainText('•');
  await memory.fill('2048');
  await expect(inspector.getByRole('alert')).toHaveCount(0);
  await memory.press('Enter');
  await expect(page.getByTestId('document-name')).toContainText('•');

  await inspector.getByLabel('Architecture', { exact: true }).selectOption('x86_64');
  await expect(inspector.getByLabel('Architecture', { exact: true })).toHaveValue('x86_64');

  await inspector.getByRole('button', { name: 'Add variable' }).click();
  await inspector.getByLabel('Variable 1 name', { exact: true }).fill('THUMB_SIZE');
  await inspector.getByLabel('Variable 1 value', { exact: true }).fill('256');
  await inspector.getByLabel('Variable 1 name', { exact: true }).press('Tab');
  await inspector.getByLabel('Variable 1 value', { exact: true }).press('Tab');
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('THUMB_SIZE');
  await page.getByTestId('tab-inspector').click();

  // Undo takes the edits back one by one: the variable's value and name, the architecture, then the memory.
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
  await nodeNamed(page, 'Thumbnail function').click();
  await expect(inspector.getByLabel('Memory size (MB)', { exact: true })).toHaveValue('1024');
  await expect(inspector.getByLabel('Architecture', { exact: true })).toHaveValue('arm64');
  await page.screenshot({ path: 'test/artifacts/inspector.png' });
});

test('several components of one kind edit their shared settings together', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Lambda function', { x: 200, y: 150 });
  await dragFromPalette(page, 'Lambda function', { x: 200, y: 350 });
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('2 × Lambda function');
  await inspector.getByLabel('Timeout (s)', { exact: true }).fill('30');
  await inspector.getByLabel('Timeout (s)', { exact: true }).press('Enter');
  for (const name of ['Function', 'Function 2']) {
    await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
    await nodeNamed(page, name).click();
    await expect(inspector.getByLabel('Timeout (s)', { exact: true })).toHaveValue('30');
  }
});

test('an edge shows its own settings; nothing selected shows the design settings', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await page.getByTestId('edge-uploads-thumbnailer').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByLabel('Suffix', { exact: true })).toHaveValue('.jpg');
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await expect(inspector.getByLabel('Account concurrency limit', { exact: true })).toHaveValue('1000');
});
