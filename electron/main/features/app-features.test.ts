import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { listMethods } from '../../../shared/ipc/contract';
import { BackupStore } from '../backups/backup-store';
import { FileGrants } from '../files/file-grants';
import { RecentFiles } from '../files/recent-files';
import { eventFrom, fakeRegistry, fakeWindow, ScriptedDialogs } from '../testing/fakes';
import { setupAppWindow } from './app-window';
import { setupBackups } from './backups';
import { setupDesignFiles } from './design-files';
import { setupShell } from './shell';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'app-features-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const info = { name: 'Lambda Designer', version: '0.1.0', electron: '45.4.1', chrome: '140', node: '22', v8: '14', platform: 'linux x64' };

function setup() {
  const { ipc, registry, windows } = fakeRegistry();
  const window = fakeWindow(1);
  windows.add(window);
  const backups = new BackupStore(join(dir, 'backups'));
  const opened: string[] = [];
  setupBackups({ registry, backups, windows });
  setupAppWindow({ registry, windows, info: () => info });
  setupShell({ registry, openExternal: async (url) => void opened.push(url) });
  const call = (channel: string, ...args: unknown[]) => ipc.invoke(channel, eventFrom(1), ...args);
  return { ipc, registry, windows, window, backups, opened, call };
}

describe('every feature together', () => {
  it('handles every method of the contract, once', () => {
    const { ipc, registry, windows } = setup();
    const recent = new RecentFiles(join(dir, 'recent.json'));
    setupDesignFiles({ registry, windows, dialogs: new ScriptedDialogs(), grants: new FileGrants(), recent, backups: new BackupStore(dir), defaultFolder: () => dir });
    expect([...ipc.handlers.keys()].sort()).toEqual(listMethods().map((m) => m.channel).sort());
  });
});

describe('backup handlers', () => {
  it('write, list after a crash, and discard', async () => {
    const { call, backups } = setup();
    await call('app:backup.write', { documentKey: 'doc-1', text: '{"v":1}', name: 'Orders', path: null });
    await expect(call('app:backup.pending')).resolves.toEqual([]);
    backups.forgetSession();
    await expect(call('app:backup.pending')).resolves.toMatchObject([{ documentKey: 'doc-1', name: 'Orders', path: null, text: '{"v":1}' }]);
    await call('app:backup.discard', 'doc-1');
    await expect(call('app:backup.pending')).resolves.toEqual([]);
  });

  it('ignores a late write from a window the user agreed to close without saving', async () => {
    const { call, backups, window } = setup();
    window.closing = true;
    await call('app:backup.write', { documentKey: 'doc-1', text: '{}', name: 'Orders' });
    backups.forgetSession();
    await expect(call('app:backup.pending')).resolves.toEqual([]);
  });

  it.each([
    ['a key that climbs out of the folder', ['app:backup.write', { documentKey: '../../../etc/cron.d/x', text: 'x', name: 'x' }]],
    ['a discard outside the folder', ['app:backup.discard', '../recent-files']],
    ['a missing name', ['app:backup.write', { documentKey: 'k', text: 'x' }]],
    ['an extra key', ['app:backup.write', { documentKey: 'k', text: 'x', name: 'x', savedAt: 0 }]],
  ])('refuses %s', async (_case, [channel, payload]) => {
    const { call } = setup();
    await expect(call(channel as string, payload)).rejects.toThrow(/invalid arguments/);
  });
});

describe('app handlers', () => {
  it('report versions for the About box', async () => {
    await expect(setup().call('app:app.info')).resolves.toEqual(info);
  });

  it('keep the title and unsaved state the renderer reports', async () => {
    const { call, window } = setup();
    await call('app:app.setTitleState', { fileName: 'orders.lambda.json', dirty: true, documentKey: 'doc-1' });
    expect(window.titleState).toEqual({ fileName: 'orders.lambda.json', dirty: true, documentKey: 'doc-1' });
    expect(window.titles).toEqual(['• orders.lambda.json']);
    await expect(call('app:app.setTitleState', { fileName: 'x', dirty: 'yes' })).rejects.toThrow(/invalid arguments/);
  });

  it('send held-back files once the renderer is ready', async () => {
    const { call, window } = setup();
    window.events.send('file:openRequested', { path: '/d/a.lambda.json' });
    expect(window.sent).toEqual([]);
    await call('app:app.ready');
    expect(window.sent).toEqual([{ channel: 'file:openRequested', args: [{ path: '/d/a.lambda.json' }] }]);
  });

  it('pass the close-time save answer on, and text editing to the window', async () => {
    const { call, window } = setup();
    let requestId = '';
    const saved = window.saveRequests.request((id) => {
      requestId = id;
      return true;
    });
    await call('app:app.closeAfterSave', { requestId, saved: true });
    await expect(saved).resolves.toBe(true);
    await call('app:app.editText', 'paste');
    expect(window.edits).toEqual(['paste']);
    await expect(call('app:app.editText', 'executeJavaScript')).rejects.toThrow(/invalid arguments/);
  });
});

describe('shell handler', () => {
  it('opens vetted links only', async () => {
    const { call, opened } = setup();
    await expect(call('app:shell.openExternal', 'https://docs.aws.amazon.com/lambda/')).resolves.toBe(true);
    await expect(call('app:shell.openExternal', 'file:///etc/passwd')).resolves.toBe(false);
    await expect(call('app:shell.openExternal', 'https://evil.example/')).resolves.toBe(false);
    expect(opened).toEqual(['https://docs.aws.amazon.com/lambda/']);
  });
});
