import { serializeDesign } from '../../shared/model/save-design';
import { loadDesign } from '../../shared/model/load-design';
import { currentHost } from '../host/current-host';
import { ask } from './dialog-store';
import { documentBackupKey, replaceDocument } from './document-actions';
import { useDesigner } from './store';

const BACKUP_DELAY_MS = 1000;

/** Backs the open document up about a second after each change, while it has unsaved changes. */
export function startAutosave(): () => void {
  let timer: number | undefined;
  const unsubscribe = useDesigner.subscribe((state, previous) => {
    if (state.design === previous.design || !state.document.dirty) return;
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      const { design, document } = useDesigner.getState();
      if (!document.dirty) return;
      void currentHost().backups.write({ key: documentBackupKey(), name: document.name, text: serializeDesign(design), savedAt: Date.now() });
    }, BACKUP_DELAY_MS);
  });
  return () => {
    window.clearTimeout(timer);
    unsubscribe();
  };
}

/** After a crash or a killed window: offers to bring back the newest backup left behind. */
export async function offerRecovery(): Promise<void> {
  const host = currentHost();
  const [latest, ...older] = await host.backups.pending();
  if (!latest) return;
  const loaded = loadDesign(latest.text);
  const when = new Date(latest.savedAt).toLocaleString();
  if (!loaded.ok) {
    await host.backups.discard(latest.key);
    return;
  }
  const answer = await ask({
    title: 'Recover unsaved work?',
    message: `Lambda Designer closed before “${latest.name}” was saved. A backup from ${when} holds your last changes.`,
    buttons: [
      { label: 'Recover', value: 'recover', primary: true },
      { label: 'Discard', value: 'discard' },
    ],
  });
  for (const backup of older) await host.backups.discard(backup.key);
  if (answer === 'recover') {
    replaceDocument(loaded.design, latest.name, null);
    // The recovered design has never been saved to a file: keep it marked unsaved and backed up.
    useDesigner.setState((s) => ({ document: { ...s.document, dirty: true } }));
    await host.backups.write({ ...latest, key: documentBackupKey(), savedAt: Date.now() });
  }
  await host.backups.discard(latest.key);
}
