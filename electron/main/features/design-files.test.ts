import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MAX_DESIGN_BYTES, type OpenResult, type SaveResult } from '../../../shared/ipc/contract';
import { BackupStore } from '../backups/backup-store';
import { FileGrants } from '../files/file-grants';
import { RecentFiles } from '../files/recent-files';
import { eventFrom, fakeRegistry, fakeWindow, ScriptedDialogs } from '../testing/fakes';
import { setupDesignFiles } from './design-files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'design-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function setup() {
  const { ipc, registry, windows, refused } = fakeRegistry();
  windows.add(fakeWindow(1));
  const dialogs = new ScriptedDialogs();
  const recent = new RecentFiles(join(dir, 'recent-files.json'));
  const grants = new FileGrants((path) => recent.has(path));
  const backups = new BackupStore(join(dir, 'backups'));
  setupDesignFiles({ registry, windows, dialogs, grants, recent, backups, defaultFolder: () => join(dir, 'Documents') });
  const call = (method: string, ...args: unknown[]) => ipc.invoke(`app:design.${method}`, eventFrom(1), ...args);
  return { call, dialogs, recent, grants, backups, refused, ipc };
}

const design = '{"format":"lambda-designer/design","version":1,"name":"Orders"}';

function designFile(name = 'orders.lambda.json', text = design): string {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
}

describe('design files', () => {
  it('opens the file chosen in the dialog and remembers it', async () => {
    const { call, dialogs, recent } = await setup();
    const path = designFile();
    dialogs.openAnswers = [path];
    const result = (await call('open')) as OpenResult;
    expect(result).toMatchObject({ status: 'opened', file: { path, name: 'orders.lambda.json', text: design } });
    expect(recent.list().map((f) => f.path)).toEqual([path]);
    await expect(call('recentFiles')).resolves.toEqual([{ path, name: 'orders.lambda.json' }]);
  });

  it('does nothing when the open dialog is cancelled', async () => {
    const { call, dialogs } = await setup();
    await expect(call('open')).resolves.toEqual({ status: 'cancelled' });
    expect(dialogs.asked).toEqual([]);
  });

  it('refuses a file over the size limit with a clear message', async () => {
    const { call, dialogs } = await setup();
    const path = designFile('huge.lambda.json', 'x'.repeat(MAX_DESIGN_BYTES + 1));
    dialogs.openAnswers = [path];
    const result = (await call('open')) as OpenResult;
    expect(result).toEqual({ status: 'failed', message: '“huge.lambda.json” is 20.0 MB; Lambda Designer opens and saves designs of up to 20.0 MB.' });
    expect(dialogs.asked[0]).toMatchObject({ type: 'error', message: result.status === 'failed' ? result.message : '' });
  });

  it('opens by path only what the user handed to the app', async () => {
    const { call, grants, dialogs } = await setup();
    const path = designFile();
    await expect(call('openPath', path)).resolves.toMatchObject({ status: 'failed' });
    await expect(call('openPath', '/etc/passwd')).resolves.toMatchObject({ status: 'failed' });
    expect(dialogs.asked).toEqual([]);
    grants.grant(path);
    await expect(call('openPath', path)).resolves.toMatchObject({ status: 'opened' });
  });

  it('opens a recent file by path, and forgets one that was deleted', async () => {
    const { call, recent } = await setup();
    const path = designFile();
    await recent.add(path);
    await expect(call('openPath', path)).resolves.toMatchObject({ status: 'opened' });
    rmSync(path);
    await expect(call('openPath', path)).resolves.toMatchObject({ status: 'failed', message: expect.stringContaining('no longer exists') });
    expect(recent.has(path)).toBe(false);
  });

  it('saves over the opened file, atomically, when nobody else changed it', async () => {
    const { call, dialogs } = await setup();
    const path = designFile();
    dialogs.openAnswers = [path];
    const opened = (await call('open')) as Extract<OpenResult, { status: 'opened' }>;
    const saved = (await call('save', { text: '{"v":2}', path, expectedMtimeMs: opened.file.mtimeMs, expectedHash: opened.file.hash })) as SaveResult;
    expect(saved).toMatchObject({ status: 'saved', file: { path, name: 'orders.lambda.json' } });
    expect(readFileSync(path, 'utf8')).toBe('{"v":2}');
    expect(dialogs.asked).toEqual([]);
    expect(readdirSync(dir).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('asks before overwriting a file another program changed, and keeps theirs on Cancel', async () => {
    const { call, dialogs } = await setup();
    const path = designFile();
    dialogs.openAnswers = [path];
    const opened = (await call('open')) as Extract<OpenResult, { status: 'opened' }>;
    writeFileSync(path, 'their version');
    utimesSync(path, new Date(), new Date(opened.file.mtimeMs + 10_000));
    const request = { text: 'my version', path, expectedMtimeMs: opened.file.mtimeMs, expectedHash: opened.file.hash };

    dialogs.askAnswers = [1];
    await expect(call('save', request)).resolves.toEqual({ status: 'cancelled' });
    expect(readFileSync(path, 'utf8')).toBe('their version');
    expect(dialogs.asked[0]).toMatchObject({ title: 'File changed on disk', buttons: ['Overwrite', 'Cancel'], cancelId: 1 });

    dialogs.askAnswers = [0];
    await expect(call('save', request)).resolves.toMatchObject({ status: 'saved' });
    expect(readFileSync(path, 'utf8')).toBe('my version');
  });

  it('refuses to save over a path the user never handed to the app', async () => {
    const { call, dialogs } = await setup();
    const victim = designFile('victim.txt', 'precious');
    await expect(call('save', { text: 'pwned', path: victim })).resolves.toMatchObject({ status: 'failed' });
    expect(readFileSync(victim, 'utf8')).toBe('precious');
    expect(dialogs.asked[0]).toMatchObject({ title: 'Cannot save there' });
  });

  it('asks where to save a new design, adds the extension, and drops its backup', async () => {
    const { call, dialogs, backups } = await setup();
    await backups.write({ documentKey: 'doc-1', text: 'draft', name: 'Orders' });
    dialogs.saveAnswers = [join(dir, 'orders')];
    const saved = (await call('save', { text: design, suggestedName: 'orders.lambda.json', documentKey: 'doc-1' })) as SaveResult;
    expect(saved).toMatchObject({ status: 'saved', file: { path: join(dir, 'orders.lambda.json') } });
    expect(dialogs.savePrompts[0]).toEqual({ title: 'Save design', defaultPath: join(dir, 'Documents', 'orders.lambda.json') });
    expect(existsSync(join(dir, 'backups', 'doc-1.json'))).toBe(false);
    // The next dialog starts in the folder just used; the saved file may now be saved over.
    dialogs.saveAnswers = [null];
    await expect(call('saveAs', { text: design, suggestedName: 'copy.lambda.json' })).resolves.toEqual({ status: 'cancelled' });
    expect(dialogs.savePrompts[1]!.defaultPath).toBe(join(dir, 'copy.lambda.json'));
    await expect(call('save', { text: '{}', path: join(dir, 'orders.lambda.json') })).resolves.toMatchObject({ status: 'saved' });
  });

  it('explains a save that fails and keeps the design open', async () => {
    const { call, dialogs } = await setup();
    dialogs.saveAnswers = [join(dir, 'no-such-folder', 'a.lambda.json')];
    const result = (await call('saveAs', { text: design, suggestedName: 'a.lambda.json' })) as SaveResult;
    expect(result).toMatchObject({ status: 'failed', message: expect.stringContaining('Your design is still open and backed up') });
    expect(dialogs.asked[0]).toMatchObject({ type: 'error', title: 'Could not save' });
  });

  it('exports a template with the extension of its kind', async () => {
    const { call, dialogs } = await setup();
    dialogs.saveAnswers = [join(dir, 'template')];
    await expect(call('exportTemplate', { text: 'Resources: {}\n', suggestedName: 'template.yaml', kind: 'yaml' })).resolves.toEqual({ status: 'exported', path: join(dir, 'template.yaml') });
    expect(readFileSync(join(dir, 'template.yaml'), 'utf8')).toBe('Resources: {}\n');
    dialogs.saveAnswers = [join(dir, 'template.yml')];
    await expect(call('exportTemplate', { text: 'x', suggestedName: 'template.yaml', kind: 'yaml' })).resolves.toEqual({ status: 'exported', path: join(dir, 'template.yml') });
  });

  it('exports a PNG from base64 and an SVG as text, and refuses anything else', async () => {
    const { call, dialogs } = await setup();
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);
    dialogs.saveAnswers = [join(dir, 'diagram.png'), join(dir, 'diagram.svg')];
    await call('exportPicture', { data: png.toString('base64'), format: 'png', suggestedName: 'diagram.png' });
    expect(readFileSync(join(dir, 'diagram.png'))).toEqual(png);
    await call('exportPicture', { data: '<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg"/>', format: 'svg', suggestedName: 'diagram.svg' });
    expect(readFileSync(join(dir, 'diagram.svg'), 'utf8')).toContain('<svg');

    await expect(call('exportPicture', { data: Buffer.from('GIF89a').toString('base64'), format: 'png', suggestedName: 'x.png' })).resolves.toMatchObject({ status: 'failed', message: 'The picture is not a PNG image.' });
    await expect(call('exportPicture', { data: 'not base64!', format: 'png', suggestedName: 'x.png' })).resolves.toMatchObject({ status: 'failed' });
    await expect(call('exportPicture', { data: '<html><script>x</script>', format: 'svg', suggestedName: 'x.svg' })).resolves.toMatchObject({ status: 'failed' });
    expect(dialogs.savePrompts).toHaveLength(2);
  });

  it.each([
    ['save', [{ text: 1 }]],
    ['save', [{ text: '{}', path: '/tmp/x', extra: 'key' }]],
    ['save', [{ text: 'x'.repeat(MAX_DESIGN_BYTES + 1), path: '/tmp/x' }]],
    ['saveAs', [{ text: '{}', suggestedName: '../../.bashrc' }]],
    ['openPath', [['/etc/passwd']]],
    ['openPath', ['/tmp/a\0.json']],
    ['exportTemplate', [{ text: '{}', suggestedName: 't.json', kind: 'exe' }]],
    ['exportPicture', [{ data: 'x', format: 'png', suggestedName: 'a.png', path: '/etc/cron.d/x' }]],
    ['open', ['unexpected']],
  ])('refuses design.%s with a hostile payload', async (method, args) => {
    const { call, dialogs, refused } = await setup();
    await expect(call(method, ...args)).rejects.toThrow(/refused: invalid arguments/);
    expect(dialogs.asked).toEqual([]);
    expect(dialogs.savePrompts).toEqual([]);
    expect(refused).toHaveLength(1);
  });

  it('refuses every design method from a sender that is not the app', async () => {
    const { ipc, dialogs } = await setup();
    for (const channel of [...ipc.handlers.keys()]) {
      await expect(ipc.invoke(channel, eventFrom(1, 'https://evil.example/'), { text: '{}', suggestedName: 'a.json' })).rejects.toThrow(/did not come from the app/);
    }
    expect(dialogs.savePrompts).toEqual([]);
  });
});
