import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';

/** Where `BENCH_CPU_PROFILE=<folder> npm run bench` writes the page's CPU profiles; null when unset. */
export function profileFolder(): string | null {
  const folder = process.env.BENCH_CPU_PROFILE;
  return folder ? resolve(folder) : null;
}

/**
 * Runs `work`; with BENCH_CPU_PROFILE set, under the V8 sampling profiler of the page, saved as
 * `<folder>/<name>.cpuprofile` (open it in Chromium DevTools' Performance panel). Profiling slows the
 * page down: the figures of a profiled run are not the reference.
 */
export async function profiled<T>(page: Page, name: string, work: () => Promise<T>): Promise<T> {
  const folder = profileFolder();
  if (!folder) return work();
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  try {
    return await work();
  } finally {
    const { profile } = await cdp.send('Profiler.stop');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, `${name}.cpuprofile`), JSON.stringify(profile));
    await cdp.detach();
  }
}
