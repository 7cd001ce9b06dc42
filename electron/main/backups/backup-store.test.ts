import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BackupStore } from './backup-store';

let dir: string;
let clock: number;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'backups-')), 'backups');
  clock = 1_000;
});
afterEach(() => rmSync(join(dir, '..'), { recursive: true, force: true }));

const store = () => new BackupStore(dir, () => clock++);

describe('BackupStore', () => {
  it('keeps one file per document with its name, path and time', async () => {
    const backups = store();
    await backups.write({ documentKey: 'doc-1', text: '{"v":1}', name: 'Orders', path: '/designs/orders.lambda.json' });
    await backups.write({ documentKey: 'doc-1', text: '{"v":2}', name: 'Orders' });
    expect(readdirSync(dir)).toEqual(['doc-1.json']);
    // The same run's backups are its own work in progress, not something to recover.
    expect(await backups.pending()).toEqual([]);
    const nextRun = store();
    expect(await nextRun.pending()).toEqual([{ documentKey: 'doc-1', name: 'Orders', path: null, text: '{"v":2}', savedAt: 1001 }]);
  });

  it('offers what a crashed run left behind, newest first', async () => {
    const crashed = store();
    await crashed.write({ documentKey: 'old', text: 'a', name: 'Old' });
    await crashed.write({ documentKey: 'new', text: 'b', name: 'New', path: '/d/new.lambda.json' });
    const pending = await store().pending();
    expect(pending.map((b) => [b.documentKey, b.path])).toEqual([['new', '/d/new.lambda.json'], ['old', null]]);
  });

  it('drops a backup once its document is saved or recovery is declined', async () => {
    await store().write({ documentKey: 'doc', text: 'a', name: 'Doc' });
    const next = store();
    expect(await next.pending()).toHaveLength(1);
    await next.discard('doc');
    expect(await next.pending()).toEqual([]);
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
    await expect(next.discard('doc')).resolves.toBeUndefined();
  });

  it('never lets a write that was asked for first outlive a later discard', async () => {
    const backups = store();
    const write = backups.write({ documentKey: 'doc', text: 'x'.repeat(200_000), name: 'Doc' });
    const discard = backups.discard('doc');
    await Promise.all([write, discard]);
    expect(existsSync(join(dir, 'doc.json'))).toBe(false);
  });

  it('offers the backups of a crashed renderer once it is gone', async () => {
    const backups = store();
    await backups.write({ documentKey: 'doc', text: 'a', name: 'Doc' });
    backups.forgetSession();
    expect((await backups.pending()).map((b) => b.documentKey)).toEqual(['doc']);
  });

  it('skips damaged backups, temporary files and other files', async () => {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'broken.json'), '{not json');
    writeFileSync(join(dir, 'wrong.json'), JSON.stringify({ format: 'something-else' }));
    writeFileSync(join(dir, 'renamed.json'), JSON.stringify({ format: 'lambda-designer/backup', version: 1, documentKey: 'other', name: 'x', path: null, savedAt: 1, text: '' }));
    writeFileSync(join(dir, '.doc.json.0123456789ab.tmp'), 'half');
    writeFileSync(join(dir, 'notes.txt'), 'x');
    expect(await store().pending()).toEqual([]);
  });

  it('refuses a document key that is not a plain name', async () => {
    expect(() => store().write({ documentKey: '../../escape', text: 'a', name: 'x' })).toThrow();
    expect(() => store().discard('../x')).toThrow();
  });

  it('has nothing pending before the first backup', async () => {
    expect(await store().pending()).toEqual([]);
  });
});
