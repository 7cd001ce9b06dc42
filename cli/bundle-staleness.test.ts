import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { bundleIsStale, INPUTS_FILE } from './bundle-staleness.mjs';

let root: string;
let bundle: string;
const BUILT = new Date('2026-11-23T10:00:00Z');
const BEFORE = new Date('2026-11-23T09:00:00Z');
const AFTER = new Date('2026-11-23T11:00:00Z');

function file(path: string, when: Date, text = ''): void {
  const full = join(root, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, text);
  utimesSync(full, when, when);
}

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lambda-designer-staleness-'));
  bundle = join(root, 'dist', 'cli', 'lambda-designer.cjs');
  file('cli/main.ts', BEFORE);
  file('shared/model/design.ts', BEFORE);
  file('shared/model/unused.ts', BEFORE);
  file('dist/cli/lambda-designer.cjs', BUILT);
  file(`dist/cli/${INPUTS_FILE}`, BUILT, JSON.stringify(['cli/main.ts', 'shared/model/design.ts']));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe('bundleIsStale', () => {
  it('is false while every listed input is older than the bundle, whatever else changed', () => {
    expect(bundleIsStale(root, bundle)).toBe(false);
    file('shared/model/unused.ts', AFTER);
    file('shared/model/new-file.ts', AFTER);
    expect(bundleIsStale(root, bundle)).toBe(false);
  });

  it('is true when a listed input is newer, or gone', () => {
    file('shared/model/design.ts', AFTER);
    expect(bundleIsStale(root, bundle)).toBe(true);
    file('shared/model/design.ts', BEFORE);
    rmSync(join(root, 'cli/main.ts'));
    expect(bundleIsStale(root, bundle)).toBe(true);
  });

  it('is true without a bundle', () => {
    rmSync(bundle);
    expect(bundleIsStale(root, bundle)).toBe(true);
  });

  it('without a readable list of inputs, compares every source under cli/ and shared/ but tests', () => {
    for (const list of [undefined, 'not json', '[]', '[1]']) {
      rmSync(join(root, 'dist/cli', INPUTS_FILE), { force: true });
      if (list !== undefined) file(`dist/cli/${INPUTS_FILE}`, BUILT, list);
      file('shared/model/unused.ts', BEFORE);
      file('shared/model/unused.test.ts', AFTER);
      expect(bundleIsStale(root, bundle)).toBe(false);
      file('shared/model/unused.ts', AFTER);
      expect(bundleIsStale(root, bundle)).toBe(true);
    }
  });
});
