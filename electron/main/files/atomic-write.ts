import { randomBytes } from 'node:crypto';
import * as fsp from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The file operations an atomic write needs; tests pass one that "crashes" part-way. */
export interface AtomicWriteFs {
  open(path: string, flags: string, mode?: number): Promise<{ writeFile(data: string | Uint8Array): Promise<void>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
  readdir(path: string): Promise<string[]>;
  stat(path: string): Promise<{ mode: number }>;
}

export const nodeFs: AtomicWriteFs = {
  open: (path, flags, mode) => fsp.open(path, flags, mode),
  rename: fsp.rename,
  unlink: fsp.unlink,
  readdir: (path) => fsp.readdir(path),
  stat: fsp.stat,
};

const TEMP_SUFFIX = '.tmp';

/** `.<name>.<random>.tmp`, beside the file: same folder, so the rename stays on one file system. */
function tempNameFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`);
}

export function isTempFileOf(fileName: string, targetName: string): boolean {
  const prefix = `.${targetName}.`;
  if (!fileName.startsWith(prefix) || !fileName.endsWith(TEMP_SUFFIX)) return false;
  return /^[0-9a-f]{12}$/.test(fileName.slice(prefix.length, -TEMP_SUFFIX.length));
}

/** Temporary files this process is writing right now: never mistaken for leftovers. */
const inFlight = new Set<string>();
/** Writes to one path run one after another, in the order they were asked for. */
const queues = new Map<string, Promise<unknown>>();

async function removeLeftovers(fs: AtomicWriteFs, target: string): Promise<void> {
  const dir = dirname(target);
  const name = basename(target);
  let entries: string[];
  try {
    entries = await fs.readdir(dir);
  } catch {
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry);
    if (isTempFileOf(entry, name) && !inFlight.has(path)) await fs.unlink(path).catch(() => undefined);
  }
}

async function syncFolder(fs: AtomicWriteFs, dir: string): Promise<void> {
  // Makes the rename itself durable. Windows cannot open a folder for this; it has no such step.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

async function writeNow(fs: AtomicWriteFs, target: string, data: string | Uint8Array): Promise<void> {
  await removeLeftovers(fs, target);
  const mode = await fs.stat(target).then((s) => s.mode & 0o777, () => 0o644);
  const temp = tempNameFor(target);
  inFlight.add(temp);
  try {
    const handle = await fs.open(temp, 'wx', mode);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  } catch (error) {
    await fs.unlink(temp).catch(() => undefined);
    throw error;
  } finally {
    inFlight.delete(temp);
  }
  await syncFolder(fs, dirname(target));
}

/**
 * Replaces `target` so that, whatever happens, it holds either the old bytes or the new ones: the
 * data goes to a temporary file in the same folder, is flushed to disk, renamed over the target, and
 * the folder is flushed. A temporary file left by a crash is removed by the next write to the target.
 */
export function writeFileAtomic(target: string, data: string | Uint8Array, fs: AtomicWriteFs = nodeFs): Promise<void> {
  const previous = queues.get(target) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => writeNow(fs, target, data));
  queues.set(target, next);
  const forget = () => {
    if (queues.get(target) === next) queues.delete(target);
  };
  next.then(forget, forget);
  return next;
}
