import { FILE_EXTENSION } from '../../shared/model/design';
import { readDesignOrTemplate } from '../../shared/import/read-design-or-template';
import { emptyDesign } from '../../shared/model/new-design';
import { serializeDesign } from '../../shared/model/save-design';
import { currentHost } from '../host/current-host';
import type { HostFile, OpenedFile } from '../host/host';
import { ask } from './dialog-store';
import { useDesigner } from './store';
import type { Design } from '../../shared/model/design';

/** The file behind the open document and the key its backups are stored under. */
let file: HostFile | null = null;
let backupKey = crypto.randomUUID();

export function documentBackupKey(): string {
  return backupKey;
}

function fileNameFor(name: string): string {
  const slug = name.trim().toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'design';
  return `${slug}${FILE_EXTENSION}`;
}

/** Replaces the open document, dropping the old one's backup. */
export function replaceDocument(design: Design, name: string, nextFile: HostFile | null): void {
  void currentHost().backups.discard(backupKey);
  file = nextFile;
  backupKey = crypto.randomUUID();
  useDesigner.getState().openDesign(design, { name, path: nextFile?.name ?? null });
}

/** Asks to save unsaved changes; false when the user cancels what they were doing. */
export async function confirmDiscard(action: string): Promise<boolean> {
  const { document } = useDesigner.getState();
  if (!document.dirty) return true;
  const answer = await ask({
    title: 'Unsaved changes',
    message: `Save the changes to “${document.name}” before you ${action}?`,
    buttons: [
      { label: 'Save', value: 'save', primary: true },
      { label: 'Don’t Save', value: 'discard' },
      { label: 'Cancel', value: 'cancel' },
    ],
  });
  if (answer === 'cancel') return false;
  if (answer === 'save') return saveDocument(false);
  return true;
}

export async function newDocument(): Promise<void> {
  if (!(await confirmDiscard('start a new design'))) return;
  replaceDocument(emptyDesign(), 'Untitled design', null);
}

/**
 * Opens a design file, or imports a SAM or CloudFormation template (laid out automatically, and
 * saved as a new design so the template itself is never overwritten). A file that fails to parse is
 * explained and the current document stays. `pick` chooses the file (the host's open dialog unless
 * a file was already named, as Electron's Open Recent does).
 */
export async function openDocument(pick: () => Promise<OpenedFile | null> = () => currentHost().openDesign()): Promise<void> {
  if (!(await confirmDiscard('open another design'))) return;
  const opened = await pick();
  if (!opened) return;
  const read = readDesignOrTemplate(opened.text, opened.name);
  if (!read.ok) {
    await ask({
      title: `Cannot open ${opened.name}`,
      message: `${opened.name} is not ${read.from === 'design' ? 'a valid Lambda Designer design' : 'a SAM or CloudFormation template Lambda Designer can read'}. Your current design is unchanged.`,
      details: read.problems.map((p) => `${p.where}: ${p.message}`),
      buttons: [{ label: 'OK', value: 'ok', primary: true }],
    });
    return;
  }
  if (read.from === 'design') {
    replaceDocument(read.design, read.design.name, { name: opened.name, handle: opened.handle });
    return;
  }
  const { layoutDesign } = await import('../../shared/layout/auto-layout');
  const laidOut = await layoutDesign(read.design);
  replaceDocument(laidOut, laidOut.name, null);
  useDesigner.setState((s) => ({ document: { ...s.document, dirty: true } }));
  if (read.warnings.length > 0) {
    await ask({
      title: `Imported ${opened.name}`,
      message: `${laidOut.nodes.length} components from the template. Some parts are kept as they are rather than drawn:`,
      details: read.warnings,
      buttons: [{ label: 'OK', value: 'ok', primary: true }],
    });
  }
}

/** Saves to the document's file (or asks where, for Save As and new documents); true once written. */
export async function saveDocument(saveAs: boolean): Promise<boolean> {
  const { design, document } = useDesigner.getState();
  const text = serializeDesign(design);
  try {
    const saved = await currentHost().saveDesign(text, saveAs ? null : file, file?.name ?? fileNameFor(design.name));
    if (!saved) return false;
    file = saved;
    useDesigner.getState().markSaved({ name: document.name, path: saved.name });
    await currentHost().backups.discard(backupKey);
    return true;
  } catch (error) {
    await ask({
      title: 'Could not save',
      message: `Saving “${document.name}” failed: ${error instanceof Error ? error.message : String(error)}. Your design is still open and backed up.`,
      buttons: [{ label: 'OK', value: 'ok', primary: true }],
    });
    return false;
  }
}

/** Saves a picture of the diagram (SVG or PNG) where the user chooses. */
export async function exportDiagram(format: 'svg' | 'png', theme: 'light' | 'dark'): Promise<void> {
  const { design } = useDesigner.getState();
  const { exportPicture } = await import('../picture/export-picture');
  const blob = await exportPicture(design, { format, theme });
  const name = fileNameFor(design.name).replace(FILE_EXTENSION, `.${format}`);
  await currentHost().exportFile(blob, name, format === 'svg' ? 'SVG picture' : 'PNG picture', `.${format}`);
}
