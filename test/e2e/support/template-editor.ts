import type { Page } from '@playwright/test';

/**
 * Replaces every `find` in the focused Monaco editor with `replacement`, through Monaco's own find and
 * replace (Ctrl+H), as a user would. With `regex`, `\n` in the replacement is a line break.
 */
export async function replaceInEditor(page: Page, find: string, replacement: string, { regex = false } = {}): Promise<void> {
  await page.keyboard.press('Control+h');
  await page.keyboard.insertText(find);
  await page.keyboard.press('Tab');
  await page.keyboard.insertText(replacement);
  if (regex) await page.keyboard.press('Alt+r');
  await page.keyboard.press('Control+Alt+Enter');
  await page.keyboard.press('Escape');
}
