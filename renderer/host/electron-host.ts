import type { DesignerApi, ExportResult, FileStamp, OpenResult, SaveResult } from '../../shared/ipc/contract';
import type { Host, HostFile, OpenedFile } from './host';

/** The Electron host can also open a file main handed out (Open Recent, a second launch, "open with"). */
export interface ElectronHost extends Host {
  kind: 'electron';
  openPath: (path: string) => Promise<OpenedFile | null>;
}

const FALLBACK_FILE_NAME = 'design.lambda.json';

/** A name the contract accepts in a save dialog: no folders, reserved or control characters. */
export function safeFileName(name: string, fallback = FALLBACK_FILE_NAME): string {
  const cleaned = [...name]
    .filter((c) => c.charCodeAt(0) >= 0x20)
    .join('')
    .replace(/[\\/:*?"<>|]+/g, '-')
    .trim()
    .slice(0, 255);
  return cleaned.replace(/\./g, '') === '' ? fallback : cleaned;
}

/** A name the contract accepts for a backup or the window title (1 to 500 characters). */
export function displayName(name: string): string {
  return name.trim().slice(0, 500) || 'Untitled design';
}

function isStamp(handle: unknown): handle is FileStamp {
  const h = handle as Partial<FileStamp> | null;
  return typeof h?.path === 'string' && typeof h.name === 'string' && typeof h.mtimeMs === 'number' && typeof h.hash === 'string';
}

function opened(result: OpenResult): OpenedFile | null {
  if (result.status !== 'opened') return null;
  const { text, ...stamp } = result.file;
  return { name: stamp.name, handle: stamp, text };
}

function saved(result: SaveResult): HostFile | null {
  return result.status === 'saved' ? { name: result.file.name, handle: result.file } : null;
}

async function base64Of(data: Blob): Promise<string> {
  const bytes = new Uint8Array(await data.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/**
 * The renderer's host in the desktop app: everything goes through `window.designer` to main, which
 * shows the native dialogs. A file's handle is main's FileStamp, sent back on save so main notices a
 * file changed on disk and asks before overwriting it. Main explains its own failures in a message
 * box, so a failure resolves like a cancel here (null or false) and is not explained twice.
 */
export function createElectronHost(api: DesignerApi): ElectronHost {
  return {
    kind: 'electron',

    openDesign: async () => opened(await api.design.open()),

    openPath: async (path) => opened(await api.design.openPath(path)),

    async saveDesign(text, target, suggestedName) {
      const stamp = target?.handle;
      if (!isStamp(stamp)) return saved(await api.design.saveAs({ text, suggestedName: safeFileName(suggestedName) }));
      return saved(await api.design.save({ text, path: stamp.path, expectedMtimeMs: stamp.mtimeMs, expectedHash: stamp.hash }));
    },

    async exportFile(data, suggestedName, _description, extension) {
      const name = safeFileName(suggestedName, `export${extension}`);
      const kind = extension.toLowerCase().replace(/^\./, '');
      let result: ExportResult;
      if (kind === 'png') result = await api.design.exportPicture({ data: await base64Of(data), format: 'png', suggestedName: name });
      else if (kind === 'svg') result = await api.design.exportPicture({ data: await data.text(), format: 'svg', suggestedName: name });
      else if (kind === 'yaml' || kind === 'yml' || kind === 'json') result = await api.design.exportTemplate({ text: await data.text(), suggestedName: name, kind: kind === 'json' ? 'json' : 'yaml' });
      else throw new Error(`Lambda Designer does not export ${extension} files`);
      return result.status === 'exported';
    },

    // In the app's data folder; main offers what an earlier run left behind.
    backups: {
      write: (backup) => api.backup.write({ documentKey: backup.key, name: displayName(backup.name), text: backup.text }),
      discard: (key) => api.backup.discard(key),
      pending: async () => (await api.backup.pending()).map((b) => ({ key: b.documentKey, name: b.name, text: b.text, savedAt: b.savedAt })),
    },
  };
}
