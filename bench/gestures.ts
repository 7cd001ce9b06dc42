import type { Page } from 'playwright-core';

export type Gesture = 'pan' | 'zoom' | 'drag';
interface Point {
  x: number;
  y: number;
}

/** A mouse reports at most this often (125 Hz); events are never sent faster. */
const EVENT_INTERVAL_MS = 8;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Calls `step` with the time elapsed until `ms` have passed, paced like a mouse; returns how many events it sent. */
async function during(ms: number, step: (elapsed: number, index: number) => Promise<void>): Promise<number> {
  const start = performance.now();
  let index = 0;
  while (performance.now() - start < ms) {
    const sent = performance.now();
    await step(sent - start, index++);
    const wait = EVENT_INTERVAL_MS - (performance.now() - sent);
    if (wait > 0) await sleep(wait);
  }
  return index;
}

/** A point going round a circle of `radius` through `at`, once a second, back where it started. */
function circle(at: Point, radius: number, elapsed: number): Point {
  const angle = (2 * Math.PI * elapsed) / 1000;
  return { x: at.x + radius * Math.sin(angle), y: at.y + radius * (1 - Math.cos(angle)) };
}

/** Holds the button down at `at` and moves in circles for `ms`. */
async function dragAround(page: Page, at: Point, radius: number, ms: number): Promise<number> {
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  const events = await during(ms, (elapsed) => {
    const p = circle(at, radius, elapsed);
    return page.mouse.move(p.x, p.y);
  });
  await page.mouse.move(at.x, at.y);
  await page.mouse.up();
  return events;
}

/** Pans the canvas by dragging its empty pane. */
export function pan(page: Page, pane: Point, ms: number): Promise<number> {
  return dragAround(page, pane, 160, ms);
}

/** Zooms in with ten wheel steps, out with ten, and again, over the pane; ends at the zoom it began with. */
export async function zoom(page: Page, pane: Point, ms: number): Promise<number> {
  await page.mouse.move(pane.x, pane.y);
  let zoomedIn = 0;
  const events = await during(ms, (_elapsed, index) => {
    const step = index % 20 < 10 ? 1 : -1;
    zoomedIn += step;
    return page.mouse.wheel(0, -50 * step);
  });
  for (; zoomedIn > 0; zoomedIn--) await page.mouse.wheel(0, 50);
  return events;
}

/** Drags a node around in circles. */
export function dragNode(page: Page, node: Point, ms: number): Promise<number> {
  return dragAround(page, node, 80, ms);
}

/** The canvas's zoom, from React Flow's viewport transform. */
export function currentZoom(page: Page): Promise<number> {
  return page.evaluate(() => {
    const transform = document.querySelector<HTMLElement>('.react-flow__viewport')?.style.transform ?? '';
    return Number(/scale\(([\d.]+)\)/.exec(transform)?.[1] ?? 1);
  });
}

/** Zooms with the wheel over `at` until the canvas shows about `scale` (within one wheel step). */
export async function zoomTo(page: Page, at: Point, scale: number): Promise<number> {
  await page.mouse.move(at.x, at.y);
  for (let i = 0; i < 100; i++) {
    const zoomNow = await currentZoom(page);
    if (Math.abs(Math.log2(zoomNow / scale)) < 0.1) return zoomNow;
    await page.mouse.wheel(0, zoomNow < scale ? -50 : 50);
    await sleep(EVENT_INTERVAL_MS);
  }
  return currentZoom(page);
}
