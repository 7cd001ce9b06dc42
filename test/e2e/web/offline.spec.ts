import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';

test('no request leaves the machine: Monaco, icons, fonts and workers all load from the app', async ({ page, baseURL }) => {
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await openApp(page);
  await openStarter(page, 'VPC function with NAT gateway and RDS Proxy');

  // Monaco renders the template, then the design file, whose JSON worker answers (folding needs the worker).
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('Transform');
  await page.getByTestId('tab-document').click();
  const editor = page.getByTestId('design-json');
  await expect(editor.locator('.monaco-editor')).toBeVisible();
  await expect(editor.locator('.view-lines')).toContainText('lambda-designer/design');
  await expect(editor.locator('.codicon-folding-expanded').first()).toBeAttached({ timeout: 15_000 });

  expect(requests.length).toBeGreaterThan(10);
  const outside = requests.filter((url) => !url.startsWith(baseURL!) && !url.startsWith('data:') && !url.startsWith('blob:'));
  expect(outside).toEqual([]);
});
