// The Electron entry (bundled to dist/electron/main.cjs): the only module that loads Electron itself.
// Everything it wires together is plain Node and unit-tested without the runtime.
import { app, dialog, ipcMain, Menu, protocol, session, shell, type BrowserWindow } from 'electron';
import { join } from 'node:path';
import { APP_SCHEME, createAppRequestHandler } from './app-protocol';
import { BackupStore } from './backups/backup-store';
import { electronDialogs } from './dialogs';
import { setupAppWindow } from './features/app-window';
import { setupBackups } from './features/backups';
import { setupDesignFiles } from './features/design-files';
import { setupMenu } from './features/menu';
import { setupShell } from './features/shell';
import { designFileFromArgv } from './files/argv-file';
import { FileGrants } from './files/file-grants';
import { RecentFiles } from './files/recent-files';
import type { IpcRegistry } from './ipc/register-handlers';
import { createSenderCheck } from './ipc/sender-check';
import { allowsNavigation, allowsPermission, isBlockedRequest } from './security/web-security';
import { vetExternalUrl } from './security/external-links';
import { createMainWindow } from './main-window';
import { aboutText } from './window/about';
import { AppWindows } from './window/app-windows';
import { PRODUCT_NAME } from './window/title';
import { loadWindowState, saveWindowState } from './window/window-state-store';

// Bundled to dist/electron/main.cjs; the renderer build and the preload sit beside it.
const rendererRoot = join(__dirname, '..', 'renderer');
const preloadPath = join(__dirname, 'preload.cjs');

// One user data folder whatever the package is called; tests point it elsewhere.
app.setPath('userData', process.env.LAMBDA_DESIGNER_USER_DATA || join(app.getPath('appData'), PRODUCT_NAME));
const userData = app.getPath('userData');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

/** Links the app may open leave through the vetted path only; everything else stays closed. */
function openVetted(url: string): void {
  const vetted = vetExternalUrl(url);
  if (vetted) void shell.openExternal(vetted);
}

// Every web contents, including any the app did not create itself: no navigation away from the app,
// no new windows, no <webview>.
app.on('web-contents-created', (_event, contents) => {
  contents.setWindowOpenHandler(({ url }) => {
    openVetted(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    if (allowsNavigation(event.url)) return;
    event.preventDefault();
    openVetted(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!allowsNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
});

function hardenSession(): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => callback(allowsPermission(permission, details.requestingUrl)));
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin) => allowsPermission(permission, requestingOrigin));
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => callback({ cancel: isBlockedRequest(details.url) }));
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  const windows = new AppWindows();
  const dialogs = electronDialogs(dialog);
  const recent = new RecentFiles(join(userData, 'recent-files.json'));
  const grants = new FileGrants((path) => recent.has(path));
  const backups = new BackupStore(join(userData, 'backups'));
  const windowStateFile = join(userData, 'window-state.json');
  const registry: IpcRegistry = {
    ipc: ipcMain,
    isTrustedSender: createSenderCheck((id) => windows.has(id)),
    onRefused: (channel, reason) => console.warn(`[ipc] refused ${channel}: ${reason}`),
  };
  const versions = process.versions as Partial<Record<string, string>>;
  const info = () => ({
    name: PRODUCT_NAME,
    version: app.getVersion(),
    electron: versions.electron ?? 'unknown',
    chrome: versions.chrome ?? 'unknown',
    node: versions.node ?? 'unknown',
    v8: versions.v8 ?? 'unknown',
    platform: `${process.platform} ${process.arch}`,
  });

  let quitting = false;
  let savedWindowState: unknown = null;
  /** Files asked for before the window existed (command line, the OS's "open with"). */
  const filesBeforeWindow: string[] = [];

  const openWindow = (): BrowserWindow =>
    createMainWindow({
      preloadPath,
      windows,
      dialogs,
      backups,
      savedState: savedWindowState,
      saveState: (state) => {
        savedWindowState = state;
        void saveWindowState(windowStateFile, state).catch(() => undefined);
      },
      closeCancelled: () => {
        quitting = false;
      },
    });

  /** Hands a file to the renderer, which opens it once any unsaved work is dealt with. */
  const openFile = (path: string): void => {
    const full = grants.grant(path);
    if (!app.isReady()) {
      filesBeforeWindow.push(full);
      return;
    }
    const target = windows.current() ?? (openWindow(), windows.current());
    target?.events.send('file:openRequested', { path: full });
    target?.focus();
  };

  const showAbout = (): void => {
    void dialogs.ask(windows.current()?.dialogParent ?? null, { type: 'info', ...aboutText(info()), buttons: ['OK'], defaultId: 0, cancelId: 0 });
  };

  const startupFile = designFileFromArgv(process.argv, process.cwd());
  if (startupFile) filesBeforeWindow.push(grants.grant(startupFile));

  app.on('second-instance', (_event, argv, workingDirectory) => {
    const file = designFileFromArgv(argv, workingDirectory);
    if (file) openFile(file);
    else windows.current()?.focus();
  });
  // macOS: a design double-clicked in Finder or dropped on the Dock icon.
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openFile(path);
  });
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin' || quitting) app.quit();
  });

  app.whenReady().then(async () => {
    hardenSession();
    protocol.handle(APP_SCHEME, createAppRequestHandler(rendererRoot));
    await recent.load();
    savedWindowState = await loadWindowState(windowStateFile);

    setupDesignFiles({ registry, windows, dialogs, grants, recent, backups, defaultFolder: () => app.getPath('documents') });
    setupBackups({ registry, backups, windows });
    setupAppWindow({ registry, windows, info });
    setupShell({ registry, openExternal: (url) => shell.openExternal(url) });
    setupMenu({
      windows,
      recent,
      options: { platform: process.platform, isDev: !app.isPackaged, appName: PRODUCT_NAME },
      setMenu: (template) => Menu.setApplicationMenu(Menu.buildFromTemplate(template)),
      openFile,
      showAbout,
    });

    openWindow();
    for (const file of filesBeforeWindow.splice(0)) openFile(file);
    app.on('activate', () => {
      if (!windows.current()) openWindow();
    });
  }).catch((error: unknown) => {
    dialog.showErrorBox(`${PRODUCT_NAME} could not start`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    app.exit(1);
  });
}
