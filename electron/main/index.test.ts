// Runs the real bundled main process (index.ts, main-window.ts and everything they wire) against a fake
// `electron` module: the wiring is checked under plain Node, where the Electron runtime is absent.
import { build } from 'esbuild';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mainOptions } from '../../scripts/build-electron.mjs';
import { listMethods } from '../../shared/ipc/contract';
import { createFakeElectron, preventable, type FakeElectron } from './testing/fake-electron';

const require = createRequire(import.meta.url);
let root: string;
let mainPath: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'main-wiring-'));
  mainPath = join(root, 'electron', 'main.cjs');
  // The build script's own options, but Node 20's syntax: the tests run on this machine's Node.
  await build({ ...mainOptions(mainPath), target: 'node20', sourcemap: false, logLevel: 'error' });
  // `require('electron')` from the bundle finds this module, which hands out the current fake.
  mkdirSync(join(root, 'node_modules', 'electron'), { recursive: true });
  writeFileSync(join(root, 'node_modules', 'electron', 'index.js'), 'module.exports = globalThis.__fakeElectron;');
  mkdirSync(join(root, 'renderer'), { recursive: true });
  writeFileSync(join(root, 'renderer', 'index.html'), '<!doctype html><div id="root"></div>');
});
afterAll(() => rmSync(root, { recursive: true, force: true }));
// Refused IPC messages are logged; the tests check the refusals themselves.
beforeAll(() => void vi.spyOn(console, 'warn').mockImplementation(() => undefined));

const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

/** Starts a fresh copy of the main process with a new fake Electron and its own user data folder. */
async function launch(argv: string[] = []): Promise<FakeElectron & { userData: string }> {
  const run = mkdtempSync(join(root, 'run-'));
  const fake = createFakeElectron({ appData: join(run, 'appData'), documents: join(run, 'Documents') });
  const userData = join(run, 'userData');
  mkdirSync(userData, { recursive: true });
  (globalThis as { __fakeElectron?: unknown }).__fakeElectron = fake.electron;
  const saved = { argv: process.argv, env: process.env.LAMBDA_DESIGNER_USER_DATA };
  process.argv = ['electron', mainPath, ...argv];
  process.env.LAMBDA_DESIGNER_USER_DATA = userData;
  try {
    delete require.cache[mainPath];
    delete require.cache[join(root, 'node_modules', 'electron', 'index.js')];
    require(mainPath);
  } finally {
    process.argv = saved.argv;
    if (saved.env === undefined) delete process.env.LAMBDA_DESIGNER_USER_DATA;
    else process.env.LAMBDA_DESIGNER_USER_DATA = saved.env;
  }
  fake.app.becomeReady();
  for (let i = 0; i < 20 && fake.windows.length === 0; i++) await tick();
  return { ...fake, userData };
}

function invoke(fake: FakeElectron, channel: string, ...args: unknown[]) {
  const handler = fake.ipcHandlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler(fake.windows[0]!.webContents.ipcEvent(), ...args);
}

describe('main process wiring', () => {
  it('registers app:// as a privileged scheme and enables the sandbox before start', async () => {
    const fake = await launch();
    expect(fake.calls.registerSchemesAsPrivileged?.[0]?.[0]).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } }]);
    expect(fake.calls.enableSandbox).toHaveLength(1);
  });

  it('opens a hardened window on the app:// page with the preload beside main.cjs', async () => {
    const fake = await launch();
    const [window] = fake.windows;
    expect(window!.options.webPreferences).toMatchObject({
      preload: join(root, 'electron', 'preload.cjs'),
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
    });
    expect(window!.options.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(window!.loadedUrl).toBe('app://lambda-designer/index.html');
  });

  it('serves the renderer folder next to the bundle with the CSP', async () => {
    const fake = await launch();
    const [scheme, handler] = fake.calls['protocol.handle']![0]! as [string, (r: Request) => Promise<Response>];
    expect(scheme).toBe('app');
    const response = await handler(new Request('app://lambda-designer/index.html'));
    expect(await response.text()).toContain('<div id="root">');
    expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await handler(new Request('app://lambda-designer/..%2fnode_modules%2felectron%2findex.js'))).status).toBe(404);
  });

  it('handles every contract method, and refuses other senders', async () => {
    const fake = await launch();
    expect([...fake.ipcHandlers.keys()].sort()).toEqual(listMethods().map((m) => m.channel).sort());
    const handler = fake.ipcHandlers.get('app:app.info')!;
    await expect(handler(fake.windows[0]!.webContents.ipcEvent(), ...[])).resolves.toMatchObject({ name: 'Lambda Designer', version: '0.1.0' });
    await expect(handler(fake.windows[0]!.webContents.ipcEvent('https://evil.example/'))).rejects.toThrow(/did not come from the app/);
    await expect(handler({ sender: { id: 999 }, senderFrame: { url: 'app://lambda-designer/index.html', parent: null } })).rejects.toThrow(/did not come from the app/);
  });

  it('blocks navigation and new windows, opening vetted links in the browser instead', async () => {
    const fake = await launch();
    const contents = fake.windows[0]!.webContents;
    const navigate = (url: string) => {
      const event = { ...preventable(), url };
      contents.emit('will-navigate', event, url);
      return event.defaultPrevented;
    };
    expect(navigate('https://evil.example/')).toBe(true);
    expect(navigate('https://docs.aws.amazon.com/lambda/')).toBe(true);
    expect(navigate('app://lambda-designer/index.html')).toBe(false);
    const redirect = { ...preventable(), url: 'https://evil.example/' };
    contents.emit('will-redirect', redirect, redirect.url);
    expect(redirect.defaultPrevented).toBe(true);
    expect(contents.windowOpenHandler!({ url: 'https://github.com/' })).toEqual({ action: 'deny' });
    expect(contents.windowOpenHandler!({ url: 'https://evil.example/' })).toEqual({ action: 'deny' });
    const webview = preventable();
    contents.emit('will-attach-webview', webview);
    expect(webview.defaultPrevented).toBe(true);
    await vi.waitFor(() => expect(fake.calls.openExternal).toHaveLength(2), { timeout: 5000, interval: 10 });
    expect(fake.calls.openExternal).toEqual([['https://docs.aws.amazon.com/lambda/'], ['https://github.com/']]);
  });

  it('refuses permissions and network requests in the session', async () => {
    const fake = await launch();
    const answers: boolean[] = [];
    fake.session.permissionRequest!(null, 'media', (allowed: boolean) => answers.push(allowed), { requestingUrl: 'app://lambda-designer/index.html' });
    expect(answers).toEqual([false]);
    expect(fake.session.permissionCheck!(null, 'geolocation', 'app://lambda-designer')).toBe(false);
    const decisions: unknown[] = [];
    fake.session.beforeRequest!({ url: 'https://example.com/beacon' }, (d: unknown) => decisions.push(d));
    fake.session.beforeRequest!({ url: 'app://lambda-designer/assets/index.js' }, (d: unknown) => decisions.push(d));
    expect(decisions).toEqual([{ cancel: true }, { cancel: false }]);
  });

  it('hands the design named on the command line to the renderer once it listens', async () => {
    const design = join(root, 'startup.lambda.json');
    writeFileSync(design, '{"name":"Startup"}');
    const fake = await launch([design]);
    const contents = fake.windows[0]!.webContents;
    expect(contents.sent).toEqual([]);
    await invoke(fake, 'app:app.ready');
    expect(contents.sent).toEqual([['file:openRequested', { path: design }]]);
    await expect(invoke(fake, 'app:design.openPath', design)).resolves.toMatchObject({ status: 'opened', file: { text: '{"name":"Startup"}' } });
    // A second launch with another file sends it to the running window.
    const other = join(root, 'other.lambda.json');
    writeFileSync(other, '{}');
    fake.app.emit('second-instance', preventable(), ['lambda-designer', other], root);
    expect(contents.sent.at(-1)).toEqual(['file:openRequested', { path: other }]);
  });

  it('sends menu commands to the window, and keeps the title from what the renderer reports', async () => {
    const fake = await launch();
    await invoke(fake, 'app:app.ready');
    const menu = fake.calls.setApplicationMenu!.at(-1)![0] as { template: Array<{ submenu: Array<{ id?: string; click?: () => void }> }> };
    menu.template[0]!.submenu.find((i) => i.id === 'file.save')!.click!();
    expect(fake.windows[0]!.webContents.sent).toEqual([['menu:save']]);
    // Until the renderer reports its document, the page's own <title> shows.
    const early = preventable();
    fake.windows[0]!.emit('page-title-updated', early);
    expect(early.defaultPrevented).toBe(false);
    await invoke(fake, 'app:app.setTitleState', { fileName: 'orders.lambda.json', dirty: true });
    expect(fake.windows[0]!.title).toBe('• orders.lambda.json — Lambda Designer');
    const titleChange = preventable();
    fake.windows[0]!.emit('page-title-updated', titleChange);
    expect(titleChange.defaultPrevented).toBe(true);
  });

  it('asks before closing with unsaved changes: Cancel keeps it open, Don’t Save drops the backup and quits', async () => {
    const fake = await launch();
    const [window] = fake.windows;
    await invoke(fake, 'app:backup.write', { documentKey: 'doc-1', text: '{}', name: 'Orders' });
    await invoke(fake, 'app:app.setTitleState', { fileName: 'orders.lambda.json', dirty: true, documentKey: 'doc-1' });

    fake.messageBoxAnswers.push(2);
    window!.close();
    await vi.waitFor(() => expect(fake.calls.showMessageBox).toHaveLength(1), { timeout: 5000, interval: 10 });
    // The answer (Cancel) is handled after the prompt resolves.
    await tick();
    expect(window!.destroyed).toBe(false);
    expect(fake.calls.showMessageBox![0]![0]).toMatchObject({ message: 'Save the changes to “orders.lambda.json” before closing?', buttons: ['Save', 'Don’t Save', 'Cancel'] });

    fake.messageBoxAnswers.push(1);
    window!.close();
    // Dropping the backup and saving the window state are file writes: wait for them rather than a fixed time.
    await vi.waitFor(() => {
      expect(window!.destroyed).toBe(true);
      expect(existsSync(join(fake.userData, 'backups', 'doc-1.json'))).toBe(false);
      expect(fake.calls.quit).toHaveLength(1);
      expect(JSON.parse(readFileSync(join(fake.userData, 'window-state.json'), 'utf8'))).toEqual({ bounds: { x: 10, y: 20, width: 1200, height: 800 }, maximized: false });
    }, { timeout: 5000, interval: 10 });
  });

  it('closes after Save once the renderer has saved', async () => {
    const fake = await launch();
    const [window] = fake.windows;
    await invoke(fake, 'app:app.ready');
    await invoke(fake, 'app:app.setTitleState', { fileName: 'a.lambda.json', dirty: true });
    fake.messageBoxAnswers.push(0);
    window!.close();
    await vi.waitFor(() => expect(window!.webContents.sent.some(([channel]) => channel === 'app:saveBeforeClose')).toBe(true), { timeout: 5000, interval: 10 });
    const request = window!.webContents.sent.find(([channel]) => channel === 'app:saveBeforeClose') as [string, { requestId: string }];
    expect(window!.destroyed).toBe(false);
    await invoke(fake, 'app:app.closeAfterSave', { requestId: request[1].requestId, saved: true });
    await vi.waitFor(() => expect(window!.destroyed).toBe(true), { timeout: 5000, interval: 10 });
  });

  it('lets a page’s beforeunload not block a close the guard allowed, and reloads a crashed page offering its backups', async () => {
    const fake = await launch();
    const contents = fake.windows[0]!.webContents;
    const unload = preventable();
    contents.emit('will-prevent-unload', unload);
    expect(unload.defaultPrevented).toBe(true);

    await invoke(fake, 'app:backup.write', { documentKey: 'doc-2', text: '{}', name: 'Crashy' });
    await expect(invoke(fake, 'app:backup.pending')).resolves.toEqual([]);
    contents.emit('render-process-gone', preventable(), { reason: 'crashed', exitCode: 1 });
    expect(contents.reloads).toBe(1);
    await expect(invoke(fake, 'app:backup.pending')).resolves.toMatchObject([{ documentKey: 'doc-2', name: 'Crashy' }]);
  });

  it('offers a reloaded page what it backed up before', async () => {
    const fake = await launch();
    const contents = fake.windows[0]!.webContents;
    await invoke(fake, 'app:app.ready');
    await invoke(fake, 'app:backup.write', { documentKey: 'doc-3', text: '{}', name: 'Reloaded' });
    contents.emit('did-start-navigation', { url: 'app://lambda-designer/index.html', isMainFrame: true, isSameDocument: false });
    await expect(invoke(fake, 'app:backup.pending')).resolves.toMatchObject([{ documentKey: 'doc-3' }]);
    // The new page must say it listens before it gets menu commands.
    const menu = fake.calls.setApplicationMenu!.at(-1)![0] as { template: Array<{ submenu: Array<{ id?: string; click?: () => void }> }> };
    menu.template[0]!.submenu.find((i) => i.id === 'file.new')!.click!();
    expect(contents.sent).toEqual([]);
    await invoke(fake, 'app:app.ready');
    menu.template[0]!.submenu.find((i) => i.id === 'file.new')!.click!();
    expect(contents.sent).toEqual([['menu:new']]);
  });
});
