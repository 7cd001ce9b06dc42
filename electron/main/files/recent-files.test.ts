import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RecentFiles } from './recent-files';

let dir: string;
let store: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'recent-'));
  store = join(dir, 'recent-files.json');
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const always = () => true;

describe('RecentFiles', () => {
  it('lists the most recent first, each once, at most ten', async () => {
    const recent = new RecentFiles(store, always);
    for (let i = 0; i < 12; i++) await recent.add(`/designs/d${i}.lambda.json`);
    await recent.add('/designs/d5.lambda.json');
    const paths = recent.list().map((f) => f.path);
    expect(paths).toHaveLength(10);
    expect(paths.slice(0, 3)).toEqual(['/designs/d5.lambda.json', '/designs/d11.lambda.json', '/designs/d10.lambda.json']);
    expect(new Set(paths).size).toBe(10);
    expect(recent.list()[0]).toEqual({ path: '/designs/d5.lambda.json', name: 'd5.lambda.json' });
  });

  it('is kept on disk between runs', async () => {
    const first = new RecentFiles(store, always);
    await first.add('/designs/a.lambda.json');
    await first.add('/designs/b.lambda.json');
    const second = new RecentFiles(store, always);
    await second.load();
    expect(second.list().map((f) => f.name)).toEqual(['b.lambda.json', 'a.lambda.json']);
    expect(second.has('/designs/a.lambda.json')).toBe(true);
  });

  it('drops files that no longer exist', async () => {
    const existing = join(dir, 'here.lambda.json');
    writeFileSync(existing, '{}');
    const recent = new RecentFiles(store);
    await recent.add(join(dir, 'gone.lambda.json'));
    await recent.add(existing);
    expect(recent.list().map((f) => f.path)).toEqual([existing]);
    await recent.written();
    expect(JSON.parse(readFileSync(store, 'utf8')).files).toEqual([existing]);
  });

  it('reads a damaged store as empty, and skips entries that are not absolute paths', async () => {
    writeFileSync(store, '{not json');
    const damaged = new RecentFiles(store, always);
    await damaged.load();
    expect(damaged.list()).toEqual([]);
    writeFileSync(store, JSON.stringify({ files: ['/ok.lambda.json', 'relative.json', 42, null, '/ok.lambda.json'] }));
    const mixed = new RecentFiles(store, always);
    await mixed.load();
    expect(mixed.list().map((f) => f.path)).toEqual(['/ok.lambda.json']);
  });

  it('tells listeners about changes; clear and remove forget files', async () => {
    const recent = new RecentFiles(store, always);
    let changes = 0;
    recent.onChange(() => changes++);
    await recent.add('/a.json');
    await recent.add('/b.json');
    await recent.remove('/a.json');
    expect(recent.list().map((f) => f.path)).toEqual(['/b.json']);
    await recent.clear();
    expect(recent.list()).toEqual([]);
    expect(changes).toBe(4);
  });
});
