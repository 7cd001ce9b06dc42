/** A file the user picked or saved to; `handle` is the host's own reference (a File System Access handle, a path). */
export interface HostFile {
  name: string;
  handle: unknown;
}

export interface OpenedFile extends HostFile {
  text: string;
}

export interface Backup {
  key: string;
  name: string;
  text: string;
  savedAt: number;
}

/**
 * What the renderer needs from where it runs: Electron (through window.designer) or a plain browser.
 * Every method resolves to null (false for exports) when the user cancels, or when the host has
 * already explained a failure to the user itself (Electron's main process does, in a message box);
 * other failures reject.
 */
export interface Host {
  kind: 'electron' | 'browser';
  openDesign: () => Promise<OpenedFile | null>;
  saveDesign: (text: string, target: HostFile | null, suggestedName: string) => Promise<HostFile | null>;
  exportFile: (data: Blob, suggestedName: string, description: string, extension: string) => Promise<boolean>;
  backups: {
    write: (backup: Backup) => Promise<void>;
    discard: (key: string) => Promise<void>;
    pending: () => Promise<Backup[]>;
  };
}
