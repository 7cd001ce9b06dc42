// A scripted stand-in for the `electron` module, enough to run the bundled main process (index.ts and
// main-window.ts) under plain Node in a unit test. It records what the app asks of Electron.
import { EventEmitter } from 'node:events';
import { join } from 'node:path';

type Handler = (...args: unknown[]) => unknown;

export interface PreventableEvent {
  defaultPrevented: boolean;
  preventDefault(): void;
}

export function preventable(): PreventableEvent {
  return {
    defaultPrevented: false,
    preventDefault() {
      this.defaultPrevented = true;
    },
  };
}

export class FakeWebContents extends EventEmitter {
  static nextId = 1;
  readonly id = FakeWebContents.nextId++;
  readonly sent: unknown[][] = [];
  readonly edits: string[] = [];
  windowOpenHandler: Handler | null = null;
  reloads = 0;
  destroyed = false;
  readonly mainFrame = { url: 'app://lambda-designer/index.html', parent: null };

  send(channel: string, ...args: unknown[]): void {
    this.sent.push([channel, ...args]);
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  setWindowOpenHandler(handler: Handler): void {
    this.windowOpenHandler = handler;
  }
  reload(): void {
    this.reloads++;
  }
  undo(): void {
    this.edits.push('undo');
  }
  paste(): void {
    this.edits.push('paste');
  }
  /** An IPC event from this page's top frame. */
  ipcEvent(url = this.mainFrame.url) {
    return { sender: this, senderFrame: { url, parent: null } };
  }
}

export function createFakeElectron(paths: { appData: string; documents: string }) {
  const calls: Record<string, unknown[][]> = {};
  const record = (name: string, ...args: unknown[]) => ((calls[name] ??= []).push(args), undefined);
  const windows: FakeBrowserWindow[] = [];
  let ready = false;
  let resolveReady: () => void = () => undefined;
  const whenReady = new Promise<void>((resolve) => (resolveReady = resolve));
  const userPaths: Record<string, string> = { appData: paths.appData, documents: paths.documents };
  const messageBoxAnswers: number[] = [];
  const ipcHandlers = new Map<string, Handler>();

  const app = Object.assign(new EventEmitter(), {
    isPackaged: false,
    setPath: (name: string, value: string) => void (userPaths[name] = value),
    getPath: (name: string) => userPaths[name] ?? join(paths.appData, name),
    requestSingleInstanceLock: () => true,
    enableSandbox: () => record('enableSandbox'),
    quit: () => record('quit'),
    exit: (code: number) => record('exit', code),
    isReady: () => ready,
    whenReady: () => whenReady,
    getVersion: () => '0.1.0',
    /** Test control: Electron has finished starting. */
    becomeReady() {
      ready = true;
      resolveReady();
      app.emit('ready');
    },
  });

  class FakeBrowserWindow extends EventEmitter {
    readonly webContents = new FakeWebContents();
    title = '';
    destroyed = false;
    loadedUrl = '';
    constructor(readonly options: Record<string, unknown>) {
      super();
      windows.push(this);
      app.emit('web-contents-created', preventable(), this.webContents);
    }
    maximize() {}
    setTitle(title: string) {
      this.title = title;
    }
    setDocumentEdited() {}
    getNormalBounds() {
      return { x: 10, y: 20, width: 1200, height: 800 };
    }
    isMaximized() {
      return false;
    }
    isMinimized() {
      return false;
    }
    restore() {}
    show() {}
    focus() {}
    isDestroyed() {
      return this.destroyed;
    }
    async loadURL(url: string) {
      this.loadedUrl = url;
    }
    close() {
      const event = preventable();
      this.emit('close', event);
      if (event.defaultPrevented) return;
      this.destroyed = true;
      this.webContents.destroyed = true;
      this.emit('closed');
      if (windows.every((w) => w.destroyed)) app.emit('window-all-closed');
    }
  }

  const session = {
    defaultSession: {
      permissionRequest: null as Handler | null,
      permissionCheck: null as Handler | null,
      beforeRequest: null as Handler | null,
      setPermissionRequestHandler(handler: Handler) {
        this.permissionRequest = handler;
      },
      setPermissionCheckHandler(handler: Handler) {
        this.permissionCheck = handler;
      },
      setDevicePermissionHandler: (handler: Handler) => record('setDevicePermissionHandler', handler),
      webRequest: {
        onBeforeRequest: (handler: Handler) => {
          session.defaultSession.beforeRequest = handler;
        },
      },
    },
  };

  const electron = {
    app,
    BrowserWindow: FakeBrowserWindow,
    session,
    ipcMain: {
      handle: (channel: string, handler: Handler) => {
        if (ipcHandlers.has(channel)) throw new Error(`second handler for ${channel}`);
        ipcHandlers.set(channel, handler);
      },
      removeHandler: (channel: string) => ipcHandlers.delete(channel),
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown) => record('registerSchemesAsPrivileged', schemes),
      handle: (scheme: string, handler: Handler) => record('protocol.handle', scheme, handler),
    },
    dialog: {
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showSaveDialog: async () => ({ canceled: true }),
      showMessageBox: async (_window: unknown, options: unknown) => {
        record('showMessageBox', options);
        return { response: messageBoxAnswers.shift() ?? 0 };
      },
      showErrorBox: (title: string, content: string) => record('showErrorBox', title, content),
    },
    shell: { openExternal: async (url: string) => record('openExternal', url) },
    Menu: {
      buildFromTemplate: (template: unknown) => ({ template }),
      setApplicationMenu: (menu: unknown) => record('setApplicationMenu', menu),
    },
    screen: {
      getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }],
      getPrimaryDisplay: () => ({ workArea: { x: 0, y: 0, width: 1920, height: 1050 } }),
    },
  };

  return { electron, app, calls, windows, ipcHandlers, messageBoxAnswers, session: session.defaultSession };
}

export type FakeElectron = ReturnType<typeof createFakeElectron>;
