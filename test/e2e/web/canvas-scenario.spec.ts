import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';
import { connectNodes, dragFromPalette, nodeNamed, renameSelected } from '../support/canvas';

test.describe('on a wide screen', () => {
test.use({ viewport: { width: 1920, height: 1080 } });

test('an architect draws the thumbnail pipeline in a VPC with mouse and keyboard', async ({ page }) => {
  await openApp(page);
  await expect(page.getByTestId('empty-hint')).toBeVisible();

  // The VPC with two private subnets.
  await dragFromPalette(page, 'VPC', { x: 330, y: 120 });
  await renameSelected(page, 'App VPC');
  await dragFromPalette(page, 'Subnet', { x: 380, y: 200 });
  await renameSelected(page, 'Private A');
  await dragFromPalette(page, 'Subnet', { x: 700, y: 200 });
  await renameSelected(page, 'Private B');
  const vpc = nodeNamed(page, 'App VPC');
  // Ids come from the names given at creation; renaming keeps them.
  await expect(page.getByTestId('node-subnet')).toHaveAttribute('data-parent', 'vpc');
  await expect(page.getByTestId('node-subnet-2')).toHaveAttribute('data-parent', 'vpc');
  await expect(vpc).toBeVisible();

  // The function dropped into the first subnet.
  await dragFromPalette(page, 'Lambda function', { x: 420, y: 290 });
  await renameSelected(page, 'Thumbnail function');
  const fn = nodeNamed(page, 'Thumbnail function');
  await expect(page.getByTestId('node-function')).toHaveAttribute('data-parent', 'subnet');

  // Triggers and destinations outside the VPC, added by search + Enter and by drag.
  await dragFromPalette(page, 'S3 bucket', { x: 90, y: 300 });
  await renameSelected(page, 'Uploads');
  await dragFromPalette(page, 'DynamoDB table', { x: 1080, y: 200 });
  await renameSelected(page, 'Images');
  await page.getByLabel('Search components').fill('sqs');
  await page.getByLabel('Search components').press('Enter');
  await renameSelected(page, 'Failures');
  const failures = nodeNamed(page, 'Failures');
  await failures.dragTo(page.getByTestId('canvas'), { targetPosition: { x: 1080, y: 420 } });

  // Connections: the meaning follows from the kinds; function → queue asks.
  await connectNodes(page, nodeNamed(page, 'Uploads'), fn);
  await expect(page.locator('[data-meaning="invoke-async"]')).toHaveCount(1);
  await connectNodes(page, fn, nodeNamed(page, 'Images'));
  await expect(page.locator('[data-meaning="access"]')).toHaveCount(1);
  await connectNodes(page, fn, failures);
  const menu = page.getByTestId('connection-menu');
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem')).toHaveText(['On success', 'On failure', 'Dead-letter queue', 'Sends messages']);
  await menu.getByRole('menuitem', { name: 'Dead-letter queue' }).click();
  await expect(page.locator('[data-meaning="dead-letter"]')).toHaveCount(1);
  // The function attaches to the second subnet too.
  await connectNodes(page, fn, nodeNamed(page, 'Private B'));
  await expect(page.locator('[data-meaning="network-attach"]')).toHaveCount(1);

  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await page.getByTestId('tab-template').click();
  await expect(page.getByTestId('template-editor').locator('.view-lines')).toContainText('Type: AWS::');
  await page.getByTestId('legend').scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'test/artifacts/scenario-light.png' });

  // Undo everything back to the empty canvas, then redo it all.
  for (let i = 0; i < 40; i++) await page.keyboard.press('Control+z');
  await expect(page.locator('.react-flow__node')).toHaveCount(0);
  for (let i = 0; i < 40; i++) await page.keyboard.press('Control+y');
  await expect(page.locator('.react-flow__node')).toHaveCount(7);
  await expect(page.locator('.react-flow__edge')).toHaveCount(4);
  await expect(page.getByTestId('node-function')).toHaveAttribute('data-parent', 'subnet');

  await page.getByRole('button', { name: 'Toggle theme' }).click();
  await page.screenshot({ path: 'test/artifacts/scenario-dark.png' });
});
});

test('a connection that makes no sense is refused, and the reason shows where the user let go', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'S3 bucket', { x: 200, y: 200 });
  await dragFromPalette(page, 'Security group', { x: 600, y: 200 });
  await connectNodes(page, nodeNamed(page, 'Bucket'), nodeNamed(page, 'Security group'));
  const refusal = page.getByTestId('connection-refused');
  await expect(refusal).toContainText('An S3 bucket cannot connect to a Security group');
  await expect(page.locator('.react-flow__edge')).toHaveCount(0);
  const box = await refusal.boundingBox();
  const target = await nodeNamed(page, 'Security group').boundingBox();
  expect(Math.abs(box!.x - (target!.x + target!.width / 2))).toBeLessThan(40);
});

test('copy, paste and duplicate keep the edges between copied nodes; delete removes the selection', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'SQS queue', { x: 150, y: 200 });
  await dragFromPalette(page, 'Lambda function', { x: 500, y: 200 });
  await connectNodes(page, nodeNamed(page, 'Queue'), nodeNamed(page, 'Function'));
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(1);

  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Control+a');
  await page.keyboard.press('Control+c');
  await page.keyboard.press('Control+v');
  await expect(page.locator('.react-flow__node')).toHaveCount(4);
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(2);
  await expect(nodeNamed(page, 'Function 2')).toBeVisible();

  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await nodeNamed(page, 'Function 2').click();
  await page.keyboard.press('Control+d');
  await expect(nodeNamed(page, 'Function 3')).toBeVisible();
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(2);

  await page.keyboard.press('Delete');
  await expect(nodeNamed(page, 'Function 3')).toHaveCount(0);
  await nodeNamed(page, 'Queue 2').click();
  await page.keyboard.press('Backspace');
  await expect(page.locator('.react-flow__node')).toHaveCount(3);
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(1);
});

test('double-click on empty canvas opens quick-add there; ? shows the shortcuts', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('canvas').dblclick({ position: { x: 400, y: 300 } });
  const quick = page.getByTestId('quick-add');
  await expect(quick).toBeVisible();
  await quick.getByLabel('Component to add').fill('cron');
  await quick.getByLabel('Component to add').press('Enter');
  await expect(nodeNamed(page, 'Schedule')).toBeVisible();
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toContainText('Undo');
  await page.keyboard.press('?');
  await expect(page.getByTestId('shortcuts')).toHaveCount(0);
});

test('auto layout arranges the design left to right in one undoable step', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'DynamoDB table', { x: 100, y: 100 });
  await dragFromPalette(page, 'Lambda function', { x: 150, y: 300 });
  await dragFromPalette(page, 'API Gateway HTTP API', { x: 600, y: 200 });
  await connectNodes(page, nodeNamed(page, 'HTTP API'), nodeNamed(page, 'Function'));
  await connectNodes(page, nodeNamed(page, 'Function'), nodeNamed(page, 'Table'));
  const x = async (name: string) => (await nodeNamed(page, name).boundingBox())!.x;
  expect(await x('HTTP API')).toBeGreaterThan(await x('Table'));
  await page.getByTestId('canvas').click({ position: { x: 20, y: 20 } });
  await page.keyboard.press('Shift+L');
  await expect.poll(async () => (await x('HTTP API')) < (await x('Function')) && (await x('Function')) < (await x('Table'))).toBe(true);
  await page.keyboard.press('Control+z');
  await expect.poll(async () => (await x('HTTP API')) > (await x('Table'))).toBe(true);
});

test('a node dragged out of its subnet leaves it; arrows nudge; the context menu acts on a node', async ({ page }) => {
  await openApp(page);
  await openStarter(page, 'VPC function with NAT gateway and RDS Proxy');
  const fn = page.getByTestId('node-orders-fn');
  await expect(fn).toHaveAttribute('data-parent', 'private-a');
  const vpc = (await page.getByTestId('node-vpc').boundingBox())!;
  const box = (await fn.boundingBox())!;
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await page.mouse.down();
  await page.mouse.move(vpc.x - 150, vpc.y + vpc.height + 40, { steps: 10 });
  await page.mouse.up();
  await expect(fn).toHaveAttribute('data-parent', '');

  const before = (await fn.boundingBox())!;
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect.poll(async () => (await fn.boundingBox())!.x - before.x).toBeGreaterThan(10);

  await fn.click({ button: 'right' });
  const menu = page.getByTestId('context-menu');
  await menu.getByRole('menuitem', { name: /Duplicate/ }).click();
  await expect(page.locator('.component-name', { hasText: 'Orders function 2' })).toBeVisible();
});
