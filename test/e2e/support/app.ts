import { expect, type Page } from '@playwright/test';

/** Opens the app as a user would and waits until it says it is ready. */
export async function openApp(page: Page, query = ''): Promise<void> {
  await page.goto(`./${query}`);
  await expect(page.locator('[data-app-state="ready"]')).toBeVisible();
}

/** Picks a starter design from the gallery, by its name. */
export async function openStarter(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Starter designs…' }).click();
  await page.getByTestId('gallery').getByRole('button', { name, exact: true }).click();
  await expect(page.getByTestId('document-name')).toContainText(name);
}
