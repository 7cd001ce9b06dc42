import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';

test('a starter design opens on the canvas with its components, icons and connections', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');

  const names = ['Uploads', 'Thumbnail function', 'Thumbnails', 'Image metadata', 'Failed thumbnails'];
  for (const name of names) await expect(page.locator('.component-name').getByText(name, { exact: true })).toBeVisible();
  await expect(page.locator('.component-node')).toHaveCount(names.length);

  // Every node shows its AWS icon, loaded from the app itself.
  const icons = page.locator('.component-node img.component-icon');
  await expect(icons).toHaveCount(names.length);
  for (const icon of await icons.all()) {
    await expect.poll(() => icon.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
  }

  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(page.getByTestId('edge-thumbnailer-failed-thumbnails')).toHaveText('On failure');
  await expect(page.getByTestId('edge-uploads-thumbnailer')).toHaveAttribute('data-meaning', 'invoke-async');
  await page.screenshot({ path: 'test/artifacts/first-canvas-thumbnail.png' });
});

test('VPC and subnets are drawn as groups that hold their components', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'VPC function with NAT gateway and RDS Proxy');
  const vpc = page.getByTestId('node-vpc');
  const subnet = page.getByTestId('node-private-a');
  const fn = page.getByTestId('node-orders-fn');
  await expect(vpc).toBeVisible();
  const [v, s, f] = await Promise.all([vpc.boundingBox(), subnet.boundingBox(), fn.boundingBox()]);
  expect(v && s && f).toBeTruthy();
  // The function sits inside its subnet, which sits inside the VPC.
  expect(f!.x).toBeGreaterThanOrEqual(s!.x);
  expect(f!.x + f!.width).toBeLessThanOrEqual(s!.x + s!.width);
  expect(s!.y).toBeGreaterThanOrEqual(v!.y);
  expect(s!.y + s!.height).toBeLessThanOrEqual(v!.y + v!.height);
  await page.screenshot({ path: 'test/artifacts/first-canvas-vpc.png' });
});

test('a node can be selected and moved, and the move is one undoable change of the document', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');
  const node = page.locator('.component-node', { hasText: 'Thumbnail function' });
  const before = await node.boundingBox();
  await node.click();
  await expect(node).toHaveClass(/is-selected/);
  await page.mouse.move(before!.x + before!.width / 2, before!.y + before!.height / 2);
  await page.mouse.down();
  await page.mouse.move(before!.x + before!.width / 2 + 60, before!.y + before!.height / 2 + 90, { steps: 8 });
  await page.mouse.up();
  const after = await node.boundingBox();
  expect(after!.x - before!.x).toBeGreaterThan(40);
  expect(after!.y - before!.y).toBeGreaterThan(60);
  await expect(page.getByTestId('document-name')).toContainText('•');
});
