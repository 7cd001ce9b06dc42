import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openApp, openStarter } from '../support/app';
import { nodeNamed } from '../support/canvas';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker;
  });
});

test('the cost panel shows the monthly total, how each figure was computed, the concurrency budget and a what-if', async ({ page }, testInfo) => {
  await openApp(page);
  await openStarter(page, STARTER);
  await expect(page.getByTestId('tab-cost-total')).toHaveText('$56.67');
  // Each component shows what it costs on the canvas.
  await expect(page.getByTestId('cost-orders-queue')).toHaveText('$49.77/mo');
  await expect(page.getByTestId('cost-order-worker')).toHaveText('$6.91/mo');

  await page.getByTestId('tab-cost').click();
  const panel = page.getByTestId('cost-panel');
  await expect(panel.getByTestId('cost-total')).toHaveText('$56.67');
  await panel.getByRole('button', { name: /Order worker/ }).click();
  await expect(panel).toContainText('10,368,000 requests − 1,000,000 free = 9,368,000 × $0.20/M = $1.87');
  await expect(panel).toContainText('777,600 GB-s − 400,000 free = 377,600 GB-s × $0.0000133334 = $5.03');
  await expect(panel.getByTestId('budget-order-worker')).toContainText('fits');

  // Without the free tier the function costs more; ten times the traffic costs about ten times as much.
  await panel.getByLabel('Lambda free tier').uncheck();
  await expect(panel.getByTestId('cost-total')).not.toHaveText('$56.67');
  await panel.getByLabel('Lambda free tier').check();
  const slider = panel.getByLabel('Traffic what-if');
  await slider.focus();
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowRight');
  await expect(panel.getByTestId('what-if-scale')).toHaveText('×10');
  // 10 × $49.77 for the queue; the function more than 10 × $6.91, as the free tier stays the same size.
  await expect(panel.getByTestId('cost-total')).toHaveText('$616.55');

  // The breakdown as CSV.
  const download = page.waitForEvent('download');
  await panel.getByRole('button', { name: 'Export CSV…' }).click();
  const saved = testInfo.outputPath('cost.csv');
  await (await download).saveAs(saved);
  const csv = readFileSync(saved, 'utf8');
  expect(csv.split(/\r?\n/)[0]).toBe('Section,Node id,Name,Kind,Monthly USD,Explanation');
  expect(csv).toContain('Orders queue');
  await page.screenshot({ path: 'test/artifacts/cost-panel.png' });

  // The memory setting shows its effect on CPU and cost.
  await page.getByTestId('tab-inspector').click();
  await nodeNamed(page, 'Order worker').click();
  const effect = page.getByTestId('memory-effect');
  await expect(effect).toContainText('512 MB ≈ 0.29 vCPU');
  await effect.locator('summary').click();
  await expect(effect.locator('tr.is-current')).toContainText('512 MB');
  await expect(effect).toContainText('1,769 MB');
});

const STARTER = JSON.parse(readFileSync(new URL('../../../templates/sqs-worker-redrive.lambda.json', import.meta.url), 'utf8')).name as string;
