import type { BrowserWindow, Dialog, FileFilter } from 'electron';

/** The native dialogs the features use, as plain promises; tests give scripted answers. */
export interface Dialogs {
  /** The chosen file, or null when cancelled. */
  chooseFileToOpen(parent: unknown, options: { title: string; filters: FileFilter[]; defaultPath?: string }): Promise<string | null>;
  /** The chosen path, or null when cancelled. Overwriting is confirmed by the dialog itself. */
  chooseSavePath(parent: unknown, options: { title: string; defaultPath: string; filters: FileFilter[] }): Promise<string | null>;
  /** The index of the button pressed. */
  ask(parent: unknown, options: MessageOptions): Promise<number>;
}

export interface MessageOptions {
  type: 'none' | 'info' | 'error' | 'question' | 'warning';
  title: string;
  message: string;
  detail?: string;
  buttons: string[];
  defaultId: number;
  cancelId: number;
}

/**
 * Dialogs through Electron's `dialog` module. Each call looks the method up on the module at call
 * time, so an end-to-end test can replace it in the main process.
 */
export function electronDialogs(dialog: Dialog): Dialogs {
  const parentOf = (parent: unknown) => (parent ?? undefined) as BrowserWindow | undefined;
  return {
    async chooseFileToOpen(parent, options) {
      const window = parentOf(parent);
      const opts = { ...options, properties: ['openFile' as const] };
      const result = window ? await dialog.showOpenDialog(window, opts) : await dialog.showOpenDialog(opts);
      return result.canceled ? null : (result.filePaths[0] ?? null);
    },
    async chooseSavePath(parent, options) {
      const window = parentOf(parent);
      const opts = { ...options, properties: ['showOverwriteConfirmation' as const, 'createDirectory' as const] };
      const result = window ? await dialog.showSaveDialog(window, opts) : await dialog.showSaveDialog(opts);
      return result.canceled || !result.filePath ? null : result.filePath;
    },
    async ask(parent, options) {
      const window = parentOf(parent);
      const opts = { ...options, noLink: true };
      const result = window ? await dialog.showMessageBox(window, opts) : await dialog.showMessageBox(opts);
      return result.response;
    },
  };
}
