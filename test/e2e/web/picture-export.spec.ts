import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openApp, openStarter } from '../support/app';

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => delete (window as { showSaveFilePicker?: unknown }).showSaveFilePicker);
});

test('the diagram exports as SVG and PNG, as a user would paste into a document', async ({ page }, testInfo) => {
  await openApp(page);
  await openStarter(page, 'Serverless thumbnail pipeline');

  let download = page.waitForEvent('download');
  await page.getByLabel('Export picture').selectOption('svg');
  const svgFile = await download;
  expect(svgFile.suggestedFilename()).toBe('serverless-thumbnail-pipeline.svg');
  const svgPath = testInfo.outputPath('diagram.svg');
  await svgFile.saveAs(svgPath);
  const svg = readFileSync(svgPath, 'utf8');
  expect(svg).toContain('>Thumbnail function<');
  expect(svg).toContain('href="data:image/svg+xml');

  download = page.waitForEvent('download');
  await page.getByLabel('Export picture').selectOption('png');
  const pngFile = await download;
  expect(pngFile.suggestedFilename()).toBe('serverless-thumbnail-pipeline.png');
  await pngFile.saveAs('test/artifacts/exported-diagram.png');
  const png = readFileSync('test/artifacts/exported-diagram.png');
  expect(png.subarray(1, 4).toString()).toBe('PNG');
  expect(png.readUInt32BE(16)).toBeGreaterThan(1000);
});
