import { expect, test } from '@playwright/test';
import { openApp } from '../support/app';
import { connectNodes, dragFromPalette, nodeNamed } from '../support/canvas';

test('findings follow each edit: badges, grouped problems, zoom to a finding, one-click fix, suppress with a reason', async ({ page }) => {
  await openApp(page);
  await dragFromPalette(page, 'SQS queue', { x: 200, y: 220 });
  await dragFromPalette(page, 'Lambda function', { x: 520, y: 220 });
  await connectNodes(page, nodeNamed(page, 'Queue'), nodeNamed(page, 'Function'));
  await expect(page.locator('[data-meaning="event-source-mapping"]')).toHaveCount(1);

  // A polled queue without a redrive policy: a warning on the queue, the function and the connection.
  const queueId = await nodeNamed(page, 'Queue').getAttribute('data-id');
  const functionId = await nodeNamed(page, 'Function').getAttribute('data-id');
  await expect(page.getByTestId(`badge-${queueId}`)).toHaveAttribute('data-severity', 'warning');
  await expect(page.getByTestId('tab-count-warning')).toHaveText('1');
  await expect(page.getByTestId('tab-count-error')).toHaveCount(0);

  // A function timeout above the queue's 30 s visibility timeout is an error, shown without any button press.
  await nodeNamed(page, 'Function').click();
  const timeout = page.getByTestId('inspector').getByLabel('Timeout (s)', { exact: true });
  await timeout.fill('60');
  await timeout.press('Enter');
  await expect(page.getByTestId(`badge-${functionId}`)).toHaveAttribute('data-severity', 'error');
  await expect(page.getByTestId('tab-count-error')).toHaveText('1');
  const edgeBadge = page.locator('[data-meaning="event-source-mapping"] .finding-badge');
  await expect(edgeBadge).toHaveAttribute('data-severity', 'error');

  // Clicking the badge opens the problems, grouped by severity with counts.
  await page.getByTestId(`badge-${queueId}`).click();
  const problems = page.getByTestId('problems');
  await expect(problems.getByTestId('count-error')).toHaveText('1 error');
  await expect(problems.getByTestId('count-warning')).toHaveText('1 warning');
  const error = problems.getByTestId('group-error').getByTestId('finding');
  await expect(error).toHaveAttribute('data-rule', 'SQS001');
  await expect(error).toContainText('Queue');

  // Clicking the message selects the queue, the function and the connection and zooms to them.
  const zoomBefore = await page.locator('.react-flow__viewport').getAttribute('style');
  await error.locator('.finding-message').click();
  await expect(nodeNamed(page, 'Queue')).toHaveClass(/selected/);
  await expect(nodeNamed(page, 'Function')).toHaveClass(/selected/);
  await expect(page.locator('.react-flow__edge.selected')).toHaveCount(1);
  await expect.poll(() => page.locator('.react-flow__viewport').getAttribute('style')).not.toBe(zoomBefore);

  // The fix sets the visibility timeout to 6 × 60 s; the error goes, and undo brings it back.
  await error.getByRole('button', { name: 'Set the visibility timeout to 360 s' }).click();
  await expect(problems.getByTestId('count-error')).toHaveText('0 errors');
  await expect(page.getByTestId('tab-count-error')).toHaveCount(0);
  await nodeNamed(page, 'Queue').click();
  await page.getByTestId('tab-inspector').click();
  await page.getByTestId('canvas').click({ position: { x: 10, y: 10 } });
  await nodeNamed(page, 'Queue').click();
  await expect(page.getByTestId('inspector').getByLabel('Visibility timeout (s)', { exact: true })).toHaveValue('360');
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('tab-count-error')).toHaveText('1');
  await page.keyboard.press('Control+Shift+z');
  await expect(page.getByTestId('tab-count-error')).toHaveCount(0);

  // Suppress the redrive warning on the queue, with a reason kept in the design file.
  await page.getByTestId('tab-problems').click();
  const warning = problems.getByTestId('group-warning').getByTestId('finding').first();
  const ruleId = await warning.getAttribute('data-rule');
  await warning.getByRole('button', { name: 'Suppress…' }).click();
  const form = problems.getByTestId('suppress-form');
  await form.getByLabel('Suppress on').selectOption({ label: 'Queue' });
  await expect(form.getByRole('button', { name: 'Suppress' })).toBeDisabled();
  await form.getByLabel('Reason').fill('Replayed from the producer’s outbox');
  await form.getByRole('button', { name: 'Suppress' }).click();
  await expect(problems.getByTestId('count-warning')).toHaveText('0 warnings');
  await expect(problems.getByTestId('group-warning')).toHaveCount(0);
  await expect(page.getByTestId('tab-count-warning')).toHaveCount(0);
  // Left: the note that partial batch responses are off, which the badge now shows as the worst.
  await expect(page.getByTestId(`badge-${queueId}`)).toHaveAttribute('data-severity', 'info');
  const suppressions = problems.getByTestId('suppressions');
  await suppressions.locator('summary').click();
  await expect(suppressions).toContainText('Replayed from the producer’s outbox');
  await page.getByTestId('tab-document').click();
  // The suppression sits near the end of the file: scroll there as a reader would.
  await page.getByTestId('design-json').locator('.view-lines').click();
  await page.keyboard.press('Control+End');
  await expect(page.getByTestId('design-json').locator('.view-lines')).toContainText('Replayed from the producer');
  await expect(page.getByTestId('design-json').locator('.view-lines')).toContainText(ruleId ?? 'missing rule id');

  // Lifting the suppression brings the warning back.
  await page.getByTestId('tab-problems').click();
  await problems.getByTestId('suppressions').locator('summary').click();
  await problems.getByRole('button', { name: 'Unsuppress' }).click();
  await expect(problems.getByTestId('count-warning')).toHaveText('1 warning');
  await page.screenshot({ path: 'test/artifacts/problems-panel.png' });
});

test('the rules reference lists every rule and opens at the rule of a finding', async ({ page }) => {
  await openApp(page);
  await page.getByTestId('tab-problems').click();
  const problems = page.getByTestId('problems');
  await expect(problems).toContainText('No problems');
  const button = problems.getByRole('button', { name: /Rules reference \(\d+\)/ });
  const count = Number(/\((\d+)\)/.exec((await button.textContent()) ?? '')?.[1]);
  expect(count).toBeGreaterThanOrEqual(60);
  await button.click();
  const reference = page.getByTestId('rules-reference');
  await expect(reference.locator('article')).toHaveCount(count);
  await reference.getByLabel('Search rules').fill('visibility timeout');
  await expect(reference.locator('article[data-rule="SQS001"]')).toBeVisible();
  await expect(reference.locator('article[data-rule="LMB001"]')).toHaveCount(0);
  await expect(reference.locator('article[data-rule="SQS001"] a')).toHaveAttribute('href', /^https:\/\/docs\.aws\.amazon\.com\//);
  await page.keyboard.press('Escape');
  await expect(reference).toHaveCount(0);

  await dragFromPalette(page, 'SQS queue', { x: 200, y: 220 });
  await dragFromPalette(page, 'Lambda function', { x: 520, y: 220 });
  await connectNodes(page, nodeNamed(page, 'Queue'), nodeNamed(page, 'Function'));
  await page.getByTestId('tab-problems').click();
  const finding = problems.getByTestId('finding').first();
  const ruleId = (await finding.getAttribute('data-rule')) ?? '';
  await finding.getByRole('button', { name: ruleId }).click();
  await expect(reference.locator(`article[data-rule="${ruleId}"]`)).toHaveClass(/is-focused/);
  await expect(reference.locator(`article[data-rule="${ruleId}"]`)).toBeInViewport();
});
