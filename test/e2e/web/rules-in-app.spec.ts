import { expect, test } from '@playwright/test';
import type { Design } from '../../../shared/model/design';
import { serializeDesign } from '../../../shared/model/save-design';
import { ALL_RULE_CASES } from '../../../shared/rules/testing/all-cases';
import { drawCase, TEST_TODAY } from '../../../shared/rules/testing/rule-cases';
import { openApp } from '../support/app';

// Without the File System Access API the browser host opens files through an upload, which a test can drive.
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { showOpenFilePicker?: unknown }).showOpenFilePicker;
  });
});

test('every rule fires in the app on its breaking design and stays silent on its passing twin', async ({ page }) => {
  test.setTimeout(300_000);
  // The rules judge runtime dates against the page's clock, set to each case's day.
  const dayOf = (c: (typeof ALL_RULE_CASES)[number]) => c.today ?? TEST_TODAY;
  let day = TEST_TODAY;
  await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
  await openApp(page);
  await page.getByTestId('tab-problems').click();
  const problems = page.getByTestId('problems');
  let opened = 0;
  const open = async (name: string, design: Design) => {
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Open…' }).click();
    await (await chooser).setFiles({ name: `${name}.lambda.json`, mimeType: 'application/json', buffer: Buffer.from(serializeDesign({ ...design, name })) });
    opened++;
    await expect(page.getByTestId('document-name')).toHaveText(name);
  };
  for (const [i, c] of ALL_RULE_CASES.entries()) {
    const id = c.rule.id;
    if (dayOf(c) !== day) {
      day = dayOf(c);
      await page.clock.setFixedTime(new Date(`${day}T12:00:00Z`));
    }
    await open(`Case ${i} broken`, drawCase(c, true));
    await expect(problems.locator(`[data-testid="finding"][data-rule="${id}"]`).first(), `${id} on “${c.name}”`).toBeVisible();
    await open(`Case ${i} passing`, drawCase(c, false));
    await expect(problems.locator('[data-testid="finding"]').or(problems.getByText('No problems')).first()).toBeVisible();
    await expect(problems.locator(`[data-testid="finding"][data-rule="${id}"]`), `${id} silent without “${c.name}”`).toHaveCount(0);
  }
  expect(opened).toBe(ALL_RULE_CASES.length * 2);
});
