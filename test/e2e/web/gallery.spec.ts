import { readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp } from '../support/app';

const starters = readdirSync(new URL('../../../templates/', import.meta.url)).filter((f) => f.endsWith('.lambda.json'));

test('the gallery shows every starter design with its name, description and picture, and opens one', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Starter designs…' }).click();
  const gallery = page.getByTestId('gallery');
  await expect(gallery.locator('.gallery-card')).toHaveCount(starters.length);
  await expect(gallery.locator('.gallery-card svg.thumbnail')).toHaveCount(starters.length);
  await expect(gallery.getByRole('button', { name: 'Serverless thumbnail pipeline' })).toContainText('Images uploaded to S3');
  await page.screenshot({ path: 'test/artifacts/gallery.png' });
  await gallery.getByRole('button', { name: 'VPC function with NAT gateway and RDS Proxy' }).click();
  await expect(page.getByTestId('gallery')).toHaveCount(0);
  await expect(page.getByTestId('node-orders-fn')).toBeVisible();
});
