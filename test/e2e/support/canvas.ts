import { expect, type Locator, type Page } from '@playwright/test';

/** Canvas helpers that act as a user does: drag from the palette, drag between handles, use the keyboard. */
export async function canvasBox(page: Page) {
  const box = await page.getByTestId('canvas').boundingBox();
  if (!box) throw new Error('canvas not visible');
  return box;
}

export async function dragFromPalette(page: Page, label: string, at: { x: number; y: number }): Promise<void> {
  const box = await canvasBox(page);
  const item = page.getByTestId('palette').getByRole('button', { name: label, exact: true }).first();
  await item.dragTo(page.getByTestId('canvas'), { targetPosition: { x: at.x, y: at.y } });
  void box;
}

export function nodeNamed(page: Page, name: string): Locator {
  return page.locator('.react-flow__node').filter({ has: page.locator('.component-name, .container-name', { hasText: new RegExp(`^${name}$`) }) });
}

/** Drags from the output handle of one node onto the body of another. */
export async function connectNodes(page: Page, from: Locator, to: Locator): Promise<void> {
  const handle = from.locator('.react-flow__handle.source').first();
  const h = await handle.boundingBox();
  const t = await to.boundingBox();
  if (!h || !t) throw new Error('nodes not visible');
  await page.mouse.move(h.x + h.width / 2, h.y + h.height / 2);
  await page.mouse.down();
  await page.mouse.move(t.x + t.width / 2, t.y + t.height / 2, { steps: 12 });
  await page.mouse.up();
}

export async function renameSelected(page: Page, name: string): Promise<void> {
  await page.keyboard.press('F2');
  const input = page.getByLabel('Component name');
  await expect(input).toBeVisible();
  await input.fill(name);
  await input.press('Enter');
}
