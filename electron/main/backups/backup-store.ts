import { mkdir, readdir, readFile, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import { DocumentKey, FilePath, type Backup } from '../../../shared/ipc/contract';
import { writeFileAtomic } from '../files/atomic-write';

const BACKUP_FORMAT = 'lambda-designer/backup';

const BackupFile = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(1),
  documentKey: DocumentKey,
  name: z.string(),
  path: FilePath.nullable(),
  savedAt: z.number(),
  text: z.string(),
});

const BACKUP_FILE_NAME = /^([A-Za-z0-9_-]{1,100})\.json$/;

export interface BackupInput {
  documentKey: string;
  text: string;
  name: string;
  path?: string | null | undefined;
}

/**
 * Backups of open documents, one JSON file per document in `<userData>/backups`, each written
 * atomically. Backups written by the running renderer are its own; any other one was left by a run
 * that ended without saving, and is offered for recovery.
 */
export class BackupStore {
  private readonly ownedBySession = new Set<string>();
  /** Writes and discards of one document run in order, so a late write cannot outlive a discard. */
  private readonly queues = new Map<string, Promise<unknown>>();

  constructor(
    readonly folder: string,
    private readonly now: () => number = Date.now,
  ) {}

  private fileOf(documentKey: string): string {
    return join(this.folder, `${DocumentKey.parse(documentKey)}.json`);
  }

  private inOrder<T>(documentKey: string, work: () => Promise<T>): Promise<T> {
    const next = (this.queues.get(documentKey) ?? Promise.resolve()).catch(() => undefined).then(work);
    this.queues.set(documentKey, next);
    const forget = () => {
      if (this.queues.get(documentKey) === next) this.queues.delete(documentKey);
    };
    next.then(forget, forget);
    return next;
  }

  write(backup: BackupInput): Promise<void> {
    const file = this.fileOf(backup.documentKey);
    this.ownedBySession.add(backup.documentKey);
    const content = { format: BACKUP_FORMAT, version: 1, documentKey: backup.documentKey, name: backup.name, path: backup.path ?? null, savedAt: this.now(), text: backup.text };
    return this.inOrder(backup.documentKey, async () => {
      await mkdir(this.folder, { recursive: true });
      await writeFileAtomic(file, JSON.stringify(content));
    });
  }

  discard(documentKey: string): Promise<void> {
    const file = this.fileOf(documentKey);
    return this.inOrder(documentKey, async () => {
      await unlink(file).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      this.ownedBySession.delete(documentKey);
    });
  }

  /** Backups not written by the running renderer, newest first; damaged files are skipped. */
  async pending(): Promise<Backup[]> {
    const entries = await readdir(this.folder).catch(() => [] as string[]);
    const backups: Backup[] = [];
    for (const entry of entries) {
      const key = BACKUP_FILE_NAME.exec(entry)?.[1];
      if (!key || this.ownedBySession.has(key)) continue;
      const text = await readFile(join(this.folder, entry), 'utf8').catch(() => null);
      if (text === null) continue;
      let json: unknown;
      try {
        json = JSON.parse(text);
      } catch {
        continue;
      }
      const parsed = BackupFile.safeParse(json);
      if (!parsed.success || parsed.data.documentKey !== key) continue;
      const { documentKey, name, path, savedAt, text: designText } = parsed.data;
      backups.push({ documentKey, name, path, savedAt, text: designText });
    }
    return backups.sort((a, b) => b.savedAt - a.savedAt);
  }

  /** The renderer is gone (crashed, reloaded): what it backed up is now work to recover. */
  forgetSession(): void {
    this.ownedBySession.clear();
  }
}
