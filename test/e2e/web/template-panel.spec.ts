import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { nodeNamed } from '../support/canvas';

test('the template beside the canvas follows the design, the selection and the target', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  await page.getByTestId('tab-template').click();
  const editor = page.getByTestId('template-editor');
  await expect(editor.locator('.view-lines')).toContainText('Transform: AWS::Serverless-2016-10-31');

  // Selecting a node scrolls to its resources and highlights them.
  await nodeNamed(page, 'Thumbnail function').click();
  await expect(editor.locator('.template-highlight').first()).toBeVisible();
  await expect(editor.locator('.view-lines')).toContainText('ThumbnailFunction:');

  // Renaming a component renames its resource in the template.
  await page.keyboard.press('F2');
  await page.getByLabel('Component name').fill('Resizer');
  await page.getByLabel('Component name').press('Enter');
  await expect(editor.locator('.view-lines')).toContainText('Resizer:');

  await page.getByRole('radio', { name: 'CloudFormation' }).click();
  await expect(editor.locator('.view-lines')).not.toContainText('Transform');
  await page.getByRole('radio', { name: 'JSON' }).click();
  await expect(editor.locator('.view-lines')).toContainText('"Fn::GetAtt"');

  // Selecting an edge says what it becomes, and why.
  await page.getByTestId('edge-uploads-thumbnailer').click();
  const explanations = page.getByTestId('edge-explanations');
  await expect(explanations).toContainText('Invoke permission');
  await page.screenshot({ path: 'test/artifacts/template-panel.png' });
});
