import type { BackupStore } from '../backups/backup-store';
import { registerHandlers, type IpcRegistry } from '../ipc/register-handlers';
import type { AppWindows } from '../window/app-windows';

/** Crash backups of open documents (the `backup` namespace); the renderer writes about a second after each change. */
export function setupBackups(deps: { registry: IpcRegistry; backups: BackupStore; windows: AppWindows }): () => void {
  const { backups } = deps;
  return registerHandlers(deps.registry, 'backup', {
    write: async ({ sender }, backup) => {
      // After "Don't Save" the backup is dropped; a write still on its way must not bring it back.
      if (deps.windows.bySender(sender)?.closing) return;
      await backups.write(backup);
    },
    discard: async (_context, documentKey) => {
      await backups.discard(documentKey);
    },
    pending: () => backups.pending(),
  });
}
