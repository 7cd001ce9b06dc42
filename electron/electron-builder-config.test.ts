import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const require = createRequire(import.meta.url);
const configPath = require.resolve('../electron-builder.config.cjs');

function loadConfig(electronDist?: string): Record<string, unknown> {
  const saved = process.env.ELECTRON_DIST;
  if (electronDist === undefined) delete process.env.ELECTRON_DIST;
  else process.env.ELECTRON_DIST = electronDist;
  try {
    delete require.cache[configPath];
    return require(configPath);
  } finally {
    if (saved === undefined) delete process.env.ELECTRON_DIST;
    else process.env.ELECTRON_DIST = saved;
  }
}

/** electron-builder's own schema check, the one `npm run dist` runs first. */
async function validate(config: Record<string, unknown>): Promise<void> {
  const { validateConfiguration } = require('app-builder-lib/out/util/config/config');
  const { DebugLogger } = require('builder-util/out/DebugLogger');
  await validateConfiguration(config, new DebugLogger(false));
}

describe('electron-builder configuration', () => {
  it('passes electron-builder’s schema, with and without ELECTRON_DIST', async () => {
    await expect(validate(loadConfig())).resolves.toBeUndefined();
    await expect(validate(loadConfig('/opt/electron-45'))).resolves.toBeUndefined();
  });

  it('takes the Electron runtime from ELECTRON_DIST only when it is set', () => {
    expect(loadConfig()).not.toHaveProperty('electronDist');
    expect(loadConfig('/opt/electron-45').electronDist).toBe('/opt/electron-45');
  });

  it('packages the built app for Linux, Windows and macOS into release/, with the design file type', () => {
    const config = loadConfig() as {
      productName: string;
      directories: { output: string };
      files: string[];
      extraMetadata: { main: string };
      linux: { target: string[] };
      win: { target: string[] };
      mac: { target: string[] };
      fileAssociations: unknown[];
    };
    expect(config.productName).toBe('Lambda Designer');
    expect(config.directories.output).toBe('release');
    expect(config.files).toEqual(expect.arrayContaining(['dist/**', 'package.json']));
    expect(config.extraMetadata.main).toBe('dist/electron/main.cjs');
    expect(config.linux.target).toEqual(['AppImage', 'deb']);
    expect(config.win.target).toEqual(['nsis']);
    expect(config.mac.target).toEqual(['dmg']);
    expect(config.fileAssociations).toEqual([expect.objectContaining({ ext: 'lambda.json', mimeType: 'application/vnd.lambda-designer+json' })]);
  });
});
