import { BrowserWindow, screen } from 'electron';
import { APP_ORIGIN } from './app-protocol';
import type { BackupStore } from './backups/backup-store';
import type { Dialogs } from './dialogs';
import { RendererEvents } from './ipc/renderer-events';
import type { AppWindow, AppWindows } from './window/app-windows';
import { CloseGuard, type CloseChoice } from './window/close-guard';
import { SaveRequests } from './window/save-requests';
import { windowTitle, PRODUCT_NAME } from './window/title';
import { MIN_SIZE, placeWindow, type WindowState } from './window/window-bounds';

export interface MainWindowDeps {
  preloadPath: string;
  windows: AppWindows;
  dialogs: Dialogs;
  backups: BackupStore;
  /** The remembered size and place (unchecked JSON). */
  savedState: unknown;
  saveState: (state: WindowState) => void;
  /** A close was cancelled: a quit in progress stops. */
  closeCancelled: () => void;
}

const MAX_RELOADS_AFTER_CRASH = 3;

/** Opens the app window: hardened, remembered size and place, title from the document, guarded close. */
export function createMainWindow(deps: MainWindowDeps): BrowserWindow {
  const placement = placeWindow(deps.savedState, screen.getAllDisplays().map((d) => d.workArea), screen.getPrimaryDisplay().workArea);
  const window = new BrowserWindow({
    ...placement.bounds,
    minWidth: MIN_SIZE.width,
    minHeight: MIN_SIZE.height,
    title: PRODUCT_NAME,
    show: false,
    backgroundColor: '#1e1e1e',
    // Written out here, not spread from a constant, so that reviewers and Electronegativity see them.
    webPreferences: {
      preload: deps.preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      spellcheck: false,
      // Middle-click would open links in new windows; those are refused anyway.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  if (placement.maximized) window.maximize();
  const contents = window.webContents;
  const id = contents.id;
  const saveRequests = new SaveRequests();

  const appWindow: AppWindow = {
    id,
    dialogParent: window,
    events: new RendererEvents(contents),
    saveRequests,
    titleState: null,
    closing: false,
    showTitle(state) {
      window.setTitle(windowTitle(state));
      if (process.platform === 'darwin') window.setDocumentEdited(state?.dirty ?? false);
    },
    editText(action) {
      contents[action]();
    },
    focus() {
      if (window.isMinimized()) window.restore();
      window.show();
      window.focus();
    },
  };
  deps.windows.add(appWindow);

  const guard = new CloseGuard({
    state: () => appWindow.titleState,
    askToSave: async (fileName): Promise<CloseChoice> => {
      const response = await deps.dialogs.ask(window, {
        type: 'warning',
        title: 'Unsaved changes',
        message: `Save the changes to “${fileName}” before closing?`,
        detail: 'Your changes will be lost if you don’t save them.',
        buttons: ['Save', 'Don’t Save', 'Cancel'],
        defaultId: 0,
        cancelId: 2,
      });
      return response === 0 ? 'save' : response === 1 ? 'discard' : 'cancel';
    },
    saveInRenderer: () => saveRequests.request((requestId) => appWindow.events.send('app:saveBeforeClose', { requestId })),
    discardBackup: (documentKey) => deps.backups.discard(documentKey),
    close: () => {
      appWindow.closing = true;
      window.close();
    },
    cancelled: deps.closeCancelled,
  });

  window.on('close', (event) => {
    if (!guard.allowClose()) {
      event.preventDefault();
      return;
    }
    deps.saveState({ bounds: window.getNormalBounds(), maximized: window.isMaximized() });
  });
  window.on('closed', () => deps.windows.remove(id));
  window.on('focus', () => deps.windows.markFocused(id));
  // Once the renderer reports its document, the title comes from that rather than from the page's <title>.
  window.on('page-title-updated', (event) => {
    if (appWindow.titleState) event.preventDefault();
  });
  // The close guard has already asked about unsaved work; the page's beforeunload must not block a close.
  contents.on('will-prevent-unload', (event) => event.preventDefault());
  contents.on('did-start-navigation', (details) => {
    if (!details.isMainFrame || details.isSameDocument) return;
    // A reload drops the page's state: what it backed up is now work to recover.
    saveRequests.abandonAll();
    deps.backups.forgetSession();
    appWindow.events.reset();
    appWindow.titleState = null;
    appWindow.showTitle(null);
  });
  let reloads = 0;
  contents.on('render-process-gone', (_event, details) => {
    saveRequests.abandonAll();
    // The crashed page's backups are now work to recover, offered when it loads again.
    deps.backups.forgetSession();
    appWindow.titleState = null;
    appWindow.events.reset();
    appWindow.showTitle(null);
    if (details.reason !== 'clean-exit' && reloads < MAX_RELOADS_AFTER_CRASH && !window.isDestroyed()) {
      reloads += 1;
      contents.reload();
    }
  });

  window.once('ready-to-show', () => window.show());
  void window.loadURL(`${APP_ORIGIN}/index.html`);
  return window;
}
