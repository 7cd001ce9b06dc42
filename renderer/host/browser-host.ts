import type { Host, HostFile, OpenedFile } from './host';
import { indexedDbBackups } from './indexeddb-backups';

// The File System Access API (Chromium); elsewhere, an upload field and a download link.
interface PickerWindow {
  showOpenFilePicker?: (options: unknown) => Promise<FileSystemFileHandle[]>;
  showSaveFilePicker?: (options: unknown) => Promise<FileSystemFileHandle>;
}
const picker = window as unknown as PickerWindow;

const DESIGN_TYPES = [{ description: 'Lambda Designer design', accept: { 'application/json': ['.json'] } }];
/** Open also takes SAM and CloudFormation templates, which are imported. */
const OPEN_TYPES = [
  { description: 'Designs and templates', accept: { 'application/json': ['.json'], 'application/yaml': ['.yaml', '.yml'], 'text/plain': ['.template'] } },
];

function isAbort(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'AbortError';
}

function uploadFile(): Promise<OpenedFile | null> {
  return new Promise((resolve) => {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.json,.yaml,.yml,.template,application/json,application/yaml';
    input.onchange = async () => {
      const file = input.files?.[0];
      resolve(file ? { name: file.name, handle: null, text: await file.text() } : null);
    };
    input.oncancel = () => resolve(null);
    input.click();
  });
}

function download(data: Blob, name: string): void {
  const url = URL.createObjectURL(data);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

async function writeHandle(handle: FileSystemFileHandle, data: Blob | string): Promise<void> {
  const writable = await handle.createWritable();
  await writable.write(data);
  await writable.close();
}

export const browserHost: Host = {
  kind: 'browser',

  async openDesign() {
    if (!picker.showOpenFilePicker) return uploadFile();
    try {
      const [handle] = await picker.showOpenFilePicker({ types: OPEN_TYPES, multiple: false });
      if (!handle) return null;
      const file = await handle.getFile();
      return { name: file.name, handle, text: await file.text() };
    } catch (error) {
      if (isAbort(error)) return null;
      throw error;
    }
  },

  async saveDesign(text, target, suggestedName): Promise<HostFile | null> {
    const existing = target?.handle as FileSystemFileHandle | null | undefined;
    if (existing) {
      await writeHandle(existing, text);
      return target;
    }
    if (!picker.showSaveFilePicker) {
      download(new Blob([text], { type: 'application/json' }), suggestedName);
      return { name: suggestedName, handle: null };
    }
    try {
      const handle = await picker.showSaveFilePicker({ suggestedName, types: DESIGN_TYPES });
      await writeHandle(handle, text);
      return { name: handle.name, handle };
    } catch (error) {
      if (isAbort(error)) return null;
      throw error;
    }
  },

  async exportFile(data, suggestedName, description, extension) {
    if (!picker.showSaveFilePicker) {
      download(data, suggestedName);
      return true;
    }
    try {
      const handle = await picker.showSaveFilePicker({ suggestedName, types: [{ description, accept: { [data.type || 'application/octet-stream']: [extension] } }] });
      await writeHandle(handle, data);
      return true;
    } catch (error) {
      if (isAbort(error)) return false;
      throw error;
    }
  },

  backups: indexedDbBackups,
};
