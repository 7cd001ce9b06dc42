// Refreshes the README's screenshots from the built app: `npm run build:renderer && node scripts/readme-screenshots.mjs`.
import { chromium } from 'playwright-core';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from './serve.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { server, url } = await startServer(0);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
});
try {
  for (const theme of ['light', 'dark']) {
    const page = await browser.newPage({ viewport: { width: 1600, height: 900 }, colorScheme: theme });
    await page.goto(`${url}?template=vpc-function-nat-rds-proxy`);
    await page.locator('[data-app-state="ready"]').waitFor();
    await page.locator('.react-flow__node').first().waitFor();
    await page.waitForTimeout(500);
    await page.screenshot({ path: join(root, 'docs', theme === 'light' ? 'screenshot.png' : 'screenshot-dark.png') });
    await page.close();
  }
} finally {
  await browser.close();
  server.close();
}
