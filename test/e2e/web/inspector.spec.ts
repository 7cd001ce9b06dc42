import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { dragFromPalette, nodeNamed } from '../support/canvas';

test('the inspector edits a function: units and ranges, errors as you type, defaults, variables, undo', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await nodeNamed(page, 'Thumbnail function').click();
  const inspector = page.getByTestId('inspector');
  const dirty = page.getByTestId('document-name');
  await expect(inspector.getByRole('heading', { name: 'Lambda function' })).toBeVisible();
  await expect(inspector.getByLabel('Name', { exact: true })).toHaveValue('Thumbnail function');

  // A number shows its unit, range and default; wrong text stays in the input, flagged, and is not saved.
  const memory = inspector.getByLabel('Memory (MB)', { exact: true });
  const memoryField = inspector.locator('[data-field="memorySize"]');
  await expect(memory).toHaveValue('1024');
  await expect(memoryField).toContainText('Range 128–10,240 MB · Default: 128');
  await memory.fill('20000');
  await expect(memoryField.getByRole('alert')).toHaveText('Must be between 128 and 10,240 MB.');
  await expect(memory).toHaveAttribute('aria-invalid', 'true');
  await memory.press('Enter');
  await expect(memory).toHaveValue('20000');
  await expect(dirty).not.toContainText('•');
  await memory.fill('12.5');
  await expect(memoryField.getByRole('alert')).toHaveText('Enter a whole number.');
  await memory.fill('');
  await expect(memoryField.getByRole('alert')).toHaveText('Enter a number.');
  await memory.fill('2048');
  await expect(memoryField.getByRole('alert')).toHaveCount(0);
  await memory.press('Enter');
  await expect(dirty).toContainText('•');
  await expect(memoryField.getByRole('button', { name: 'Reset Memory (MB) to default' })).toBeVisible();

  await inspector.getByLabel('Architecture', { exact: true }).selectOption('x86_64');
  await expect(inspector.getByLabel('Architecture', { exact: true })).toHaveValue('x86_64');

  // Environment variables: add a row, name it, give it a value; a repeated name is flagged and not saved.
  await inspector.getByRole('button', { name: 'Add variable' }).click();
  await expect(inspector.getByLabel('Variable 1 name', { exact: true })).toBeFocused();
  await inspector.getByLabel('Variable 1 name', { exact: true }).fill('THUMB_SIZE');
  await inspector.getByLabel('Variable 1 value', { exact: true }).fill('256');
  await inspector.getByLabel('Variable 1 value', { exact: true }).press('Enter');
  await inspector.getByRole('button', { name: 'Add variable' }).click();
  await inspector.getByLabel('Variable 2 name', { exact: true }).fill('THUMB_SIZE');
  await inspector.getByLabel('Variable 2 name', { exact: true }).press('Enter');
  await expect(inspector.locator('[data-field="environment"]').getByRole('alert')).toHaveText('THUMB_SIZE is already set above.');
  await inspector.getByRole('button', { name: 'Remove variable THUMB_SIZE' }).nth(1).click();
  await expect(inspector.locator('[data-field="environment"]').getByRole('alert')).toHaveCount(0);

  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('THUMB_SIZE');
  await page.getByTestId('tab-inspector').click();
  await page.screenshot({ path: 'test/artifacts/inspector.png' });

  // Undo takes the saved edits back one by one: the variable's value, its name, the architecture, the memory.
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+z');
  await nodeNamed(page, 'Thumbnail function').click();
  await expect(inspector.getByLabel('Memory (MB)', { exact: true })).toHaveValue('1024');
  await expect(inspector.getByLabel('Architecture', { exact: true })).toHaveValue('arm64');
  await expect(inspector.getByLabel('Variable 1 name', { exact: true })).toHaveCount(0);

  // Reset puts the default back as one step.
  await inspector.getByRole('button', { name: 'Reset Memory (MB) to default' }).click();
  await expect(inspector.getByLabel('Memory (MB)', { exact: true })).toHaveValue('128');
  await expect(inspector.locator('[data-field="memorySize"]').getByRole('button', { name: /Reset/ })).toHaveCount(0);
});

test('renaming in the inspector renames the component on the canvas, as one undo step', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await nodeNamed(page, 'Thumbnail function').click();
  const name = page.getByTestId('inspector').getByLabel('Name', { exact: true });
  await name.fill('');
  await expect(page.getByTestId('inspector').getByRole('alert')).toHaveText('Enter a name.');
  await name.fill('Resizer');
  await name.press('Enter');
  await expect(nodeNamed(page, 'Resizer')).toBeVisible();
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await expect(nodeNamed(page, 'Thumbnail function')).toBeVisible();
});

test('several components of one kind edit their shared settings together; different kinds are counted', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'Lambda function', { x: 200, y: 150 });
  await dragFromPalette(page, 'Lambda function', { x: 200, y: 350 });
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  const inspector = page.getByTestId('inspector');
  await expect(inspector.getByRole('heading', { name: '2 × Lambda function' })).toBeVisible();
  await inspector.getByLabel('Timeout (s)', { exact: true }).fill('30');
  await inspector.getByLabel('Timeout (s)', { exact: true }).press('Enter');
  for (const name of ['Function', 'Function 2']) {
    await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
    await nodeNamed(page, name).click();
    await expect(inspector.getByLabel('Timeout (s)', { exact: true })).toHaveValue('30');
  }

  // One of them differs: the shared form shows "mixed" there.
  await inspector.getByLabel('Timeout (s)', { exact: true }).fill('45');
  await inspector.getByLabel('Timeout (s)', { exact: true }).press('Enter');
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await expect(inspector.getByLabel('Timeout (s)', { exact: true })).toHaveAttribute('placeholder', 'mixed');

  // One undo takes back the change made to both.
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+z');
  await page.keyboard.press('Control+a');
  await expect(inspector.getByLabel('Timeout (s)', { exact: true })).toHaveValue('3');

  await dragFromPalette(page, 'SQS queue', { x: 500, y: 250 });
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  await expect(inspector).toContainText('3 components of 2 kinds selected');
});

test('a connection shows its own settings; nothing selected shows the design settings', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await page.getByTestId('edge-uploads-thumbnailer').click();
  const inspector = page.getByTestId('inspector');
  await expect(inspector).toContainText('Uploads → Thumbnail function');
  await expect(inspector.getByLabel('Suffix', { exact: true })).toHaveValue('.jpg');
  await expect(inspector.getByLabel('Events 1', { exact: true })).toHaveValue('s3:ObjectCreated:*');
  await inspector.getByRole('button', { name: 'Add to Events' }).click();
  await inspector.getByLabel('Events 2', { exact: true }).fill('s3:ObjectRemoved:*');
  await inspector.getByLabel('Events 2', { exact: true }).press('Enter');
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.getByTestId('edge-uploads-thumbnailer').click();
  await expect(inspector.getByLabel('Events 2', { exact: true })).toHaveValue('s3:ObjectRemoved:*');

  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  const limit = inspector.getByLabel('Account concurrency limit', { exact: true });
  await expect(limit).toHaveValue('1000');
  await limit.fill('0');
  await expect(inspector.getByRole('alert')).toHaveText('Must be at least 1.');
  await limit.fill('3000');
  await limit.press('Enter');
  await expect(limit).toHaveValue('3000');
  await expect(inspector.getByLabel('Region', { exact: true })).toHaveValue('us-east-1');
});

test('JSON settings edit in Monaco and are saved only when they parse', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'EventBridge rule', { x: 250, y: 200 });
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+a');
  const inspector = page.getByTestId('inspector');
  const editor = inspector.getByTestId('code-eventPattern');
  await expect(editor.locator('.view-lines')).toContainText('my.application');
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  // insertText, not typing: Monaco would close brackets and quotes as they are typed.
  await page.keyboard.insertText('{ "source": ');
  await expect(inspector.locator('[data-field="eventPattern"]').getByRole('alert')).toContainText('Not valid JSON');
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Backspace');
  await page.keyboard.insertText('{ "source": ["aws.s3"] }');
  await expect(inspector.locator('[data-field="eventPattern"]').getByRole('alert')).toHaveCount(0);
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('aws.s3');
});
