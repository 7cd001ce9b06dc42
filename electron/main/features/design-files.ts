import { Buffer } from 'node:buffer';
import { basename, dirname, join } from 'node:path';
import { MAX_DESIGN_BYTES, type ExportResult, type OpenResult, type SaveResult } from '../../../shared/ipc/contract';
import type { BackupStore } from '../backups/backup-store';
import type { Dialogs } from '../dialogs';
import { writeFileAtomic } from '../files/atomic-write';
import { compareWithDisk, readDesignFile, stampAfterWrite, tooLargeMessage, UserFacingError } from '../files/design-file';
import type { FileGrants } from '../files/file-grants';
import { pictureBytes, withExtension } from '../files/picture-data';
import type { RecentFiles } from '../files/recent-files';
import { registerHandlers, type IpcRegistry } from '../ipc/register-handlers';
import type { AppWindow, AppWindows } from '../window/app-windows';

export interface DesignFilesDeps {
  registry: IpcRegistry;
  windows: AppWindows;
  dialogs: Dialogs;
  grants: FileGrants;
  recent: RecentFiles;
  backups: BackupStore;
  /** Where save dialogs start before the user has picked a folder (the Documents folder). */
  defaultFolder: () => string;
}

const DESIGN_EXTENSION = '.lambda.json';
const DESIGN_FILTERS = [{ name: 'Lambda Designer design', extensions: ['json'] }];
/** Open also imports SAM and CloudFormation templates (the renderer tells them apart). */
const OPEN_FILTERS = [
  { name: 'Designs and templates', extensions: ['json', 'yaml', 'yml', 'template'] },
  ...DESIGN_FILTERS,
  { name: 'All files', extensions: ['*'] },
];
const TEMPLATE_FILTERS = {
  yaml: { filters: [{ name: 'YAML template', extensions: ['yaml', 'yml'] }], extension: '.yaml', accepted: ['.yaml', '.yml'] },
  json: { filters: [{ name: 'JSON template', extensions: ['json'] }], extension: '.json', accepted: ['.json'] },
} as const;
const PICTURE_FILTERS = {
  png: { filters: [{ name: 'PNG picture', extensions: ['png'] }], extension: '.png' },
  svg: { filters: [{ name: 'SVG picture', extensions: ['svg'] }], extension: '.svg' },
} as const;

const failed = (message: string) => ({ status: 'failed' as const, message });
const cancelled = { status: 'cancelled' as const };

function reasonOf(error: unknown): string {
  if (error instanceof UserFacingError) return error.message;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOSPC') return 'the disk is full';
  if (code === 'EROFS') return 'the disk is read-only';
  return error instanceof Error ? error.message : String(error);
}

/** Open, Save, Save As, exports and recent files (the `design` namespace). */
export function setupDesignFiles(deps: DesignFilesDeps): () => void {
  const { dialogs, grants, recent } = deps;
  let lastFolder: string | null = null;

  const startFolder = () => lastFolder ?? deps.defaultFolder();

  async function explain(window: AppWindow, title: string, message: string): Promise<void> {
    await dialogs.ask(window.dialogParent, { type: 'error', title, message, buttons: ['OK'], defaultId: 0, cancelId: 0 });
  }

  async function openFile(window: AppWindow, path: string): Promise<OpenResult> {
    try {
      const file = await readDesignFile(path);
      lastFolder = dirname(path);
      grants.grant(path);
      await recent.add(path);
      return { status: 'opened', file };
    } catch (error) {
      const message = reasonOf(error);
      if (!(error instanceof UserFacingError) || /no longer exists/.test(message)) await recent.remove(path).catch(() => undefined);
      await explain(window, 'Cannot open the design', message);
      return failed(message);
    }
  }

  /** Writes a design where the user chose or agreed to, then remembers it. */
  async function writeDesign(window: AppWindow, path: string, text: string, documentKey: string | undefined): Promise<SaveResult> {
    try {
      await writeFileAtomic(path, text);
      const file = await stampAfterWrite(path, text);
      lastFolder = dirname(path);
      grants.grant(path);
      await recent.add(path).catch(() => undefined);
      if (documentKey) await deps.backups.discard(documentKey).catch(() => undefined);
      return { status: 'saved', file };
    } catch (error) {
      const message = `Saving “${basename(path)}” failed: ${reasonOf(error)}. Your design is still open and backed up.`;
      await explain(window, 'Could not save', message);
      return failed(message);
    }
  }

  async function refuseIfTooLarge(window: AppWindow, name: string, text: string): Promise<SaveResult | null> {
    const size = Buffer.byteLength(text, 'utf8');
    if (size <= MAX_DESIGN_BYTES) return null;
    const message = tooLargeMessage(name, size);
    await explain(window, 'Design too large', message);
    return failed(message);
  }

  async function saveAs(window: AppWindow, text: string, suggestedName: string, documentKey: string | undefined): Promise<SaveResult> {
    const refused = await refuseIfTooLarge(window, suggestedName, text);
    if (refused) return refused;
    const chosen = await dialogs.chooseSavePath(window.dialogParent, { title: 'Save design', defaultPath: join(startFolder(), suggestedName), filters: DESIGN_FILTERS });
    if (!chosen) return cancelled;
    return writeDesign(window, withExtension(chosen, DESIGN_EXTENSION, ['.json']), text, documentKey);
  }

  /** Someone else changed or removed the file since the document read it: overwrite only if the user says so. */
  async function confirmOverwrite(window: AppWindow, path: string, state: 'changed' | 'missing'): Promise<boolean> {
    const name = basename(path);
    const response = await dialogs.ask(window.dialogParent, {
      type: 'warning',
      title: state === 'changed' ? 'File changed on disk' : 'File moved or deleted',
      message: state === 'changed' ? `“${name}” was changed by another program since you opened it.` : `“${name}” was moved or deleted since you opened it.`,
      detail: state === 'changed' ? 'Overwrite it with your version? Its other changes will be lost.' : `Save your design again at ${path}?`,
      buttons: [state === 'changed' ? 'Overwrite' : 'Save', 'Cancel'],
      defaultId: 1,
      cancelId: 1,
    });
    return response === 0;
  }

  async function exportTo(window: AppWindow, title: string, suggestedName: string, filters: { filters: readonly { name: string; extensions: readonly string[] }[]; extension: string; accepted?: readonly string[] }, data: () => Uint8Array | string): Promise<ExportResult> {
    let bytes: Uint8Array | string;
    try {
      bytes = data();
    } catch (error) {
      const message = reasonOf(error);
      await explain(window, `Cannot ${title.toLowerCase()}`, message);
      return failed(message);
    }
    const chosen = await dialogs.chooseSavePath(window.dialogParent, {
      title,
      defaultPath: join(startFolder(), suggestedName),
      filters: filters.filters.map((f) => ({ name: f.name, extensions: [...f.extensions] })),
    });
    if (!chosen) return cancelled;
    const path = withExtension(chosen, filters.extension, filters.accepted ?? [filters.extension]);
    try {
      await writeFileAtomic(path, bytes);
      lastFolder = dirname(path);
      return { status: 'exported', path };
    } catch (error) {
      const message = `Writing “${basename(path)}” failed: ${reasonOf(error)}.`;
      await explain(window, `Could not ${title.toLowerCase()}`, message);
      return failed(message);
    }
  }

  return registerHandlers(deps.registry, 'design', {
    open: async ({ sender }) => {
      const window = deps.windows.requireBySender(sender);
      const path = await dialogs.chooseFileToOpen(window.dialogParent, { title: 'Open design', filters: OPEN_FILTERS, defaultPath: startFolder() });
      return path ? openFile(window, path) : cancelled;
    },

    openPath: async ({ sender }, path) => {
      const window = deps.windows.requireBySender(sender);
      if (!grants.allows(path)) return failed('This file was not opened through Lambda Designer.');
      return openFile(window, path);
    },

    save: async ({ sender }, request) => {
      const window = deps.windows.requireBySender(sender);
      const { path, text, documentKey } = request;
      if (!path) return saveAs(window, text, request.suggestedName ?? `design${DESIGN_EXTENSION}`, documentKey);
      if (!grants.allows(path)) {
        const message = `Lambda Designer did not open “${basename(path)}”, so it will not overwrite it. Use Save As to choose where to save.`;
        await explain(window, 'Cannot save there', message);
        return failed(message);
      }
      const refused = await refuseIfTooLarge(window, basename(path), text);
      if (refused) return refused;
      const expectsFile = request.expectedMtimeMs !== undefined || request.expectedHash !== undefined;
      const state = await compareWithDisk(path, { mtimeMs: request.expectedMtimeMs, hash: request.expectedHash });
      if (state === 'changed' || (state === 'missing' && expectsFile)) {
        if (!(await confirmOverwrite(window, path, state))) return cancelled;
      }
      return writeDesign(window, path, text, documentKey);
    },

    saveAs: ({ sender }, request) => saveAs(deps.windows.requireBySender(sender), request.text, request.suggestedName, request.documentKey),

    exportTemplate: ({ sender }, request) =>
      exportTo(deps.windows.requireBySender(sender), 'Export template', request.suggestedName, TEMPLATE_FILTERS[request.kind], () => request.text),

    exportPicture: ({ sender }, request) =>
      exportTo(deps.windows.requireBySender(sender), 'Export picture', request.suggestedName, PICTURE_FILTERS[request.format], () => pictureBytes(request.format, request.data)),

    recentFiles: () => recent.list(),
  });
}
