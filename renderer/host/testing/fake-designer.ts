// A stand-in for `window.designer` in unit tests: main's behaviour over an in-memory disk, with the
// native dialogs answered from scripts. Every call's arguments are parsed with the contract's
// schemas, as main does, so a test fails when the renderer sends what main would refuse.
import {
  ipcContract,
  type Backup,
  type DesignerApi,
  type ExportResult,
  type FileStamp,
  type OpenResult,
  type RendererEventName,
  type RendererEventPayload,
  type SaveResult,
  type TitleState,
} from '../../../shared/ipc/contract';

interface DiskFile {
  text: string;
  mtimeMs: number;
}

type Call = [string, ...unknown[]];

/** A stable 64-hex digest (not SHA-256, which is main's business): equal texts, equal digests. */
function digest(text: string): string {
  let out = '';
  for (let seed = 0; seed < 8; seed++) {
    let h = 0x811c9dc5 ^ seed;
    for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    out += (h >>> 0).toString(16).padStart(8, '0');
  }
  return out;
}

const baseName = (path: string) => path.slice(path.lastIndexOf('/') + 1);

export function fakeDesigner() {
  const disk = new Map<string, DiskFile>();
  const granted = new Set<string>();
  const backups = new Map<string, Backup>();
  const ownedBySession = new Set<string>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const calls: Call[] = [];
  let clock = 1_000;

  const state = {
    /** Paths the next open dialogs choose; cancelled when empty. */
    openAnswers: [] as string[],
    /** Paths the next save dialogs (save as, exports) choose; cancelled when empty. */
    saveAnswers: [] as string[],
    /** Answers to "changed on disk: overwrite?"; cancel when empty. */
    overwriteAnswers: [] as boolean[],
    /** What main explained in message boxes. */
    explained: [] as string[],
    /** What the native conflict question said. */
    conflicts: [] as string[],
    titles: [] as TitleState[],
    ready: 0,
    closeAnswers: [] as Array<{ requestId: string; saved: boolean }>,
    editText: [] as string[],
    exports: new Map<string, string>(),
  };

  const check = <N extends keyof typeof ipcContract>(ns: N, method: keyof (typeof ipcContract)[N], args: unknown[]) => {
    calls.push([`${ns}.${String(method)}`, ...args]);
    ((ipcContract[ns] as Record<string, { args: { parse(a: unknown): unknown } }>)[method as string]!).args.parse(args);
  };

  function stampOf(path: string): FileStamp {
    const file = disk.get(path)!;
    return { path, name: baseName(path), mtimeMs: file.mtimeMs, hash: digest(file.text) };
  }

  function write(path: string, text: string, documentKey?: string): SaveResult {
    disk.set(path, { text, mtimeMs: (clock += 1000) });
    granted.add(path);
    if (documentKey) backups.delete(documentKey);
    return { status: 'saved', file: stampOf(path) };
  }

  function read(path: string): OpenResult {
    const file = disk.get(path);
    if (!file) {
      const message = `“${baseName(path)}” no longer exists (${path}).`;
      state.explained.push(message);
      return { status: 'failed', message };
    }
    granted.add(path);
    return { status: 'opened', file: { ...stampOf(path), text: file.text } };
  }

  function exportTo(data: string): ExportResult {
    const path = state.saveAnswers.shift();
    if (!path) return { status: 'cancelled' };
    state.exports.set(path, data);
    return { status: 'exported', path };
  }

  const api: DesignerApi = {
    host: 'electron',
    platform: 'linux',
    design: {
      open: async () => {
        check('design', 'open', []);
        const path = state.openAnswers.shift();
        return path ? read(path) : { status: 'cancelled' };
      },
      openPath: async (path) => {
        check('design', 'openPath', [path]);
        if (!granted.has(path)) return { status: 'failed', message: 'This file was not opened through Lambda Designer.' };
        return read(path);
      },
      save: async (request) => {
        check('design', 'save', [request]);
        const { path, text, documentKey } = request;
        if (!path) return api.design.saveAs({ text, suggestedName: request.suggestedName ?? 'design.lambda.json', ...(documentKey ? { documentKey } : {}) });
        // As main compares: the same modification time, or else the same contents, is unchanged.
        const onDisk = disk.get(path);
        const expects = request.expectedMtimeMs !== undefined || request.expectedHash !== undefined;
        const changed = !!onDisk && expects && onDisk.mtimeMs !== request.expectedMtimeMs && (request.expectedHash === undefined || digest(onDisk.text) !== request.expectedHash);
        if (changed || (!onDisk && expects)) {
          state.conflicts.push(`“${baseName(path)}” was ${changed ? 'changed by another program' : 'moved or deleted'} since you opened it.`);
          if (!state.overwriteAnswers.shift()) return { status: 'cancelled' };
        }
        return write(path, text, documentKey);
      },
      saveAs: async (request) => {
        check('design', 'saveAs', [request]);
        const path = state.saveAnswers.shift();
        return path ? write(path, request.text, request.documentKey) : { status: 'cancelled' };
      },
      exportTemplate: async (request) => {
        check('design', 'exportTemplate', [request]);
        return exportTo(request.text);
      },
      exportPicture: async (request) => {
        check('design', 'exportPicture', [request]);
        return exportTo(request.data);
      },
      recentFiles: async () => [...granted].map((path) => ({ path, name: baseName(path) })),
    },
    backup: {
      write: async (backup) => {
        check('backup', 'write', [backup]);
        ownedBySession.add(backup.documentKey);
        backups.set(backup.documentKey, { documentKey: backup.documentKey, name: backup.name, path: backup.path ?? null, text: backup.text, savedAt: (clock += 1000) });
      },
      discard: async (documentKey) => {
        check('backup', 'discard', [documentKey]);
        backups.delete(documentKey);
        ownedBySession.delete(documentKey);
      },
      pending: async () => {
        check('backup', 'pending', []);
        return [...backups.values()].filter((b) => !ownedBySession.has(b.documentKey)).sort((a, b) => b.savedAt - a.savedAt);
      },
    },
    app: {
      info: async () => ({ name: 'Lambda Designer', version: '0.0.0', electron: '1', chrome: '1', node: '1', v8: '1', platform: 'linux x64' }),
      setTitleState: async (title) => {
        check('app', 'setTitleState', [title]);
        state.titles.push(title);
      },
      ready: async () => {
        check('app', 'ready', []);
        state.ready++;
      },
      closeAfterSave: async (answer) => {
        check('app', 'closeAfterSave', [answer]);
        state.closeAnswers.push(answer);
      },
      editText: async (action) => {
        check('app', 'editText', [action]);
        state.editText.push(action);
      },
    },
    shell: { openExternal: async () => false },
    on: (event, listener) => {
      const set = listeners.get(event) ?? new Set();
      listeners.set(event, set);
      const l = listener as (payload: unknown) => void;
      set.add(l);
      return () => void set.delete(l);
    },
  };

  return {
    api,
    state,
    calls,
    /** Calls of one method ("design.save"), each as its argument list. */
    callsOf: (name: string) => calls.filter(([n]) => n === name).map(([, ...args]) => args),
    disk,
    backups,
    /** A file on disk main may open (as if picked or handed over by the OS). */
    putFile(path: string, text: string, grant = true) {
      disk.set(path, { text, mtimeMs: (clock += 1000) });
      if (grant) granted.add(path);
    },
    /** Another program rewrites a file. */
    changeOnDisk(path: string, text: string) {
      disk.set(path, { text, mtimeMs: (clock += 1000) });
    },
    /** A backup an earlier run left behind. */
    leaveBackup(backup: Omit<Backup, 'path'> & { path?: string | null }) {
      backups.set(backup.documentKey, { path: null, ...backup });
    },
    /** Main sends an event to the page. */
    emit<E extends RendererEventName>(event: E, ...payload: undefined extends RendererEventPayload<E> ? [] : [RendererEventPayload<E>]) {
      for (const listener of listeners.get(event) ?? []) listener(payload[0]);
    },
    listenerCount: () => [...listeners.values()].reduce((n, set) => n + set.size, 0),
  };
}

export type FakeDesigner = ReturnType<typeof fakeDesigner>;
