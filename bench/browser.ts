import { existsSync } from 'node:fs';
import { type Browser, chromium, type Page } from 'playwright-core';
import { CHROMIUM_LAUNCH } from '../playwright.config';
import { generateDesign } from '../shared/model/generate-design';
import { serializeDesign } from '../shared/model/save-design';
import { profiled } from './cpu-profile';
import { currentZoom, dragNode, type Gesture, pan, zoom, zoomTo } from './gestures';
import { type Measurement, summarise } from './measure';
import { designPainted, findTargets, installProbes, type PageProbe, readProbe, startFrames, stopFrames } from './page-probes';
import { serveBuild } from './serve-build';

const NODES = 1000;
// Opening varies most from run to run (1.1–1.7 s here): nine runs for a steady median.
const OPEN_RUNS = 9;
const GESTURE_MS = 2000;
const VIEWPORT = { width: 1440, height: 900 };

/**
 * The design as opened (fitted into the window: all of it, at the smallest zoom), at 100 %, and at
 * 100 % with the Template tab showing the live export beside the canvas.
 */
export type CanvasView = 'fitted' | 'actual size' | 'actual size, template open';

export interface FrameTimes extends Measurement {
  gesture: Gesture;
  view: CanvasView;
  zoom: number;
  /** Mouse or wheel events sent during the gesture. */
  events: number;
}

export interface BrowserResults {
  skipped?: string;
  chromium?: string;
  nodes: number;
  viewport: typeof VIEWPORT;
  /** Navigation start → the paint of the first frame showing the design, which is opened with Open… as soon as the app is ready. */
  navigationToDesignPaint?: Measurement;
  /** Navigation start → the app ready (empty canvas). */
  navigationToReady?: Measurement;
  /** The app starting to read the chosen file → the paint of the first frame showing the design. */
  fileToDesignPaint?: Measurement;
  /** Time between animation frames while each gesture runs for about two seconds. */
  frames?: FrameTimes[];
  /** JS heap of the page with the design open, after a garbage collection. */
  heapMb?: { usedAfterGc: number; totalAfterGc: number; performanceMemoryUsed: number };
}

/** Opens the app, then the design through Open… and the file chooser; the page's own timings. */
async function openDesign(page: Page, url: string, text: string): Promise<PageProbe> {
  await page.goto(url);
  await page.waitForSelector('[data-app-state="ready"]');
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open…' }).click();
  await (await chooser).setFiles({ name: `bench-${NODES}.lambda.json`, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForFunction(designPainted, undefined, { timeout: 120_000 });
  return page.evaluate(readProbe);
}

async function newPage(browser: Browser): Promise<Page> {
  // A new context each time: no backup from a previous run offers itself, nothing cached.
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  page.setDefaultTimeout(60_000);
  await page.addInitScript(installProbes);
  return page;
}

async function heapOf(page: Page): Promise<NonNullable<BrowserResults['heapMb']>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const usage = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const used = await page.evaluate(() => (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0);
  const mb = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10;
  return { usedAfterGc: mb(usage.usedSize), totalAfterGc: mb(usage.totalSize), performanceMemoryUsed: mb(used) };
}

const GESTURE_NAMES: Record<Gesture, string> = { pan: 'panning', zoom: 'zooming', drag: 'dragging a node' };

async function measureGesture(page: Page, gesture: Gesture, view: CanvasView, zoomLevel: number): Promise<FrameTimes> {
  const targets = await page.evaluate(findTargets);
  const at = gesture === 'drag' ? targets.node : targets.pane;
  if (!at) throw new Error(`no ${gesture === 'drag' ? 'node to drag' : 'empty canvas to pan or zoom on'} in view`);
  // Settle first: nothing left over from the previous gesture in the frames.
  await page.waitForTimeout(500);
  return profiled(page, `${gesture}-${view.replace(/[^a-z]+/g, '-')}`, async () => {
    await page.evaluate(startFrames);
    const events = await (gesture === 'pan' ? pan(page, at, GESTURE_MS) : gesture === 'zoom' ? zoom(page, at, GESTURE_MS) : dragNode(page, at, GESTURE_MS));
    const deltas = await page.evaluate(stopFrames);
    return { ...summarise(`frame time, ${GESTURE_NAMES[gesture]} (${view})`, NODES, deltas), gesture, view, zoom: Math.round(zoomLevel * 100) / 100, events };
  });
}

/** Pan, zoom and drag in the view as opened, then again at 100 %; a drag with the template showing. */
async function measureFrames(page: Page): Promise<FrameTimes[]> {
  const frames: FrameTimes[] = [];
  for (const view of ['fitted', 'actual size'] as const) {
    // Zoomed in around the component nearest the middle, so components fill the window at 100 %.
    const { node } = await page.evaluate(findTargets);
    if (!node) throw new Error('no component in view to zoom in on');
    const zoomLevel = view === 'fitted' ? await currentZoom(page) : await zoomTo(page, node, 1);
    for (const gesture of ['pan', 'zoom', 'drag'] as const) frames.push(await measureGesture(page, gesture, view, zoomLevel));
  }
  // The template follows every change the canvas makes: a drag must not rebuild it on each step.
  await page.getByTestId('tab-template').click();
  await page.getByTestId('template-editor').locator('.view-lines').waitFor();
  frames.push(await measureGesture(page, 'drag', 'actual size, template open', await currentZoom(page)));
  return frames;
}

async function measureInBrowser(browser: Browser, url: string): Promise<BrowserResults> {
  const text = serializeDesign({ ...generateDesign(NODES, 1), name: `Bench ${NODES}` });
  const probes: PageProbe[] = [];
  let page: Page | null = null;
  for (let i = 0; i < OPEN_RUNS; i++) {
    await page?.context().close();
    page = await newPage(browser);
    const current = page;
    probes.push(i === OPEN_RUNS - 1 ? await profiled(page, 'open', () => openDesign(current, url, text)) : await openDesign(page, url, text));
  }
  const opened = page!;
  // The deferred validation and cost estimate, then the fitted view, settle before anything is measured.
  await opened.waitForTimeout(1500);
  const heapMb = await heapOf(opened);
  const frames = await measureFrames(opened);
  await opened.context().close();
  const series = (name: string, pick: (p: PageProbe) => number | null) => summarise(name, NODES, probes.map((p) => pick(p) ?? Number.NaN));
  return {
    chromium: browser.version(),
    nodes: NODES,
    viewport: VIEWPORT,
    navigationToDesignPaint: series('navigation → design painted', (p) => p.designPaintedAt),
    navigationToReady: series('navigation → app ready', (p) => p.readyAt),
    fileToDesignPaint: series('file read → design painted', (p) => (p.designPaintedAt !== null && p.fileReadAt !== null ? p.designPaintedAt - p.fileReadAt : null)),
    frames,
    heapMb,
  };
}

/** The app's production build in headless Chromium, with a generated 1,000-node design. */
export async function runBrowserBenchmarks(root: string): Promise<BrowserResults> {
  if (!existsSync(CHROMIUM_LAUNCH.executablePath)) {
    return { skipped: `no Chromium at ${CHROMIUM_LAUNCH.executablePath} (set CHROMIUM_PATH)`, nodes: NODES, viewport: VIEWPORT };
  }
  const served = await serveBuild(root);
  try {
    const browser = await chromium.launch({ ...CHROMIUM_LAUNCH, headless: true });
    try {
      return await measureInBrowser(browser, served.url);
    } finally {
      await browser.close();
    }
  } finally {
    await served.stop();
  }
}
