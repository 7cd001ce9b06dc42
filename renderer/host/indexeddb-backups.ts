import type { Backup, Host } from './host';

const DB_NAME = 'lambda-designer';
const STORE = 'backups';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE, { keyPath: 'key' });
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, work: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const tx = db.transaction(STORE, mode);
      const request = work(tx.objectStore(STORE));
      tx.oncomplete = () => resolve(request.result);
      tx.onerror = () => reject(tx.error);
      tx.onabort = () => reject(tx.error);
    });
  } finally {
    db.close();
  }
}

/** Backups of open documents in IndexedDB: they survive a crash or a killed tab. */
export const indexedDbBackups: Host['backups'] = {
  write: async (backup) => void (await run('readwrite', (s) => s.put(backup))),
  discard: async (key) => void (await run('readwrite', (s) => s.delete(key))),
  pending: async () => {
    const all = await run<Backup[]>('readonly', (s) => s.getAll() as IDBRequest<Backup[]>);
    return all.sort((a, b) => b.savedAt - a.savedAt);
  },
};
