import { expect, type Locator, type Page, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { nodeNamed } from '../support/canvas';
import { replaceInEditor } from '../support/template-editor';

/** Opens the starter's template and puts the cursor in its editor. */
async function focusStarterTemplate(page: Page): Promise<Locator> {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await page.getByTestId('tab-template').click();
  const editor = page.getByTestId('template-editor');
  await editor.locator('.view-lines').click();
  return editor;
}

test('editing the template changes the design after a pause; text that does not read is marked and changes nothing; undo covers both', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await page.getByTestId('tab-template').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor.locator('.view-lines')).toContainText('Timeout: 60');

  await editor.locator('.view-lines').click();
  await replaceInEditor(page, 'Timeout: 60', 'Timeout: 45');
  await expect(editor.locator('.view-lines')).toContainText('Timeout: 45');

  // After the pause the canvas's function has the new timeout.
  await page.getByTestId('tab-inspector').click();
  await nodeNamed(page, 'Thumbnail function').click();
  await expect(page.getByTestId('inspector').getByLabel('Timeout (s)', { exact: true })).toHaveValue('45');
  await expect(page.getByTestId('document-name')).toContainText('•');

  // A line the importer cannot read: a marker at that line, a message, and the design as it was.
  await page.getByTestId('tab-template').click();
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nBroken: !Nope x');
  const problems = page.getByTestId('template-problems');
  await expect(problems).toContainText(/Line \d+: .*Nope/);
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(editor.locator('.squiggly-error').first()).toBeAttached();
  await page.screenshot({ path: 'test/artifacts/template-marker.png' });
  await expect(page.locator('.react-flow__node')).toHaveCount(5);

  // Fixing the text clears the marker.
  await page.keyboard.press('Shift+Home');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('Backspace');
  await expect(problems).toHaveCount(0);

  // Undo on the canvas takes the template edit back.
  await page.getByTestId('tab-inspector').click();
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await page.keyboard.press('Control+z');
  await nodeNamed(page, 'Thumbnail function').click();
  await expect(page.getByTestId('inspector').getByLabel('Timeout (s)', { exact: true })).toHaveValue('60');
  await page.getByTestId('tab-template').click();
  await expect(editor.locator('.view-lines')).toContainText('Timeout: 60');
});

test('a new resource typed into the template appears on the canvas', async ({ page }) => {
  await focusStarterTemplate(page);
  await replaceInEditor(page, 'Resources:', 'Resources:\\n  AuditQueue:\\n    Type: AWS::SQS::Queue', { regex: true });
  // The canvas pans to the new component, which lands beside the design; zoomed to fit, all six show.
  await expect(nodeNamed(page, 'AuditQueue')).toBeVisible();
  await page.getByRole('button', { name: 'Fit View' }).click();
  await expect(page.locator('.react-flow__node')).toHaveCount(6);
});

test('text that does not read stays in the editor, marked, when the user leaves it before the pause', async ({ page }) => {
  const editor = await focusStarterTemplate(page);
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('\nBroken: !Nope x');
  // Leaving at once (well within the pause) applies the text on blur.
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await expect(page.getByTestId('template-problems')).toContainText(/Line \d+: .*Nope/);
  // The problems list shortens the editor: back to the last line to see it.
  await editor.locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(editor.locator('.view-lines')).toContainText('Broken: !Nope x');
  await expect(page.locator('.react-flow__node')).toHaveCount(5);
});
