import { createHash } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { MAX_DESIGN_BYTES, type FileStamp, type OpenedDesign } from '../../../shared/ipc/contract';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function formatMegabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** A failure whose message is meant for the user as it is. */
export class UserFacingError extends Error {}

export function tooLargeMessage(name: string, size: number, limit = MAX_DESIGN_BYTES): string {
  return `“${name}” is ${formatMegabytes(size)}; Lambda Designer opens and saves designs of up to ${formatMegabytes(limit)}.`;
}

/** Reads a design file, refusing anything but a regular file within the size limit. */
export async function readDesignFile(path: string, limit = MAX_DESIGN_BYTES): Promise<OpenedDesign> {
  const name = basename(path);
  const info = await stat(path).catch((error: NodeJS.ErrnoException) => {
    throw new UserFacingError(error.code === 'ENOENT' ? `“${name}” no longer exists (${path}).` : `“${name}” cannot be read: ${error.message}`);
  });
  if (!info.isFile()) throw new UserFacingError(`“${name}” is not a file.`);
  if (info.size > limit) throw new UserFacingError(tooLargeMessage(name, info.size, limit));
  const bytes = await readFile(path);
  // The file may have grown between stat and read.
  if (bytes.length > limit) throw new UserFacingError(tooLargeMessage(name, bytes.length, limit));
  return { path, name, mtimeMs: info.mtimeMs, hash: sha256(bytes), text: bytes.toString('utf8') };
}

/** The stamp of a file just written with `data`. */
export async function stampAfterWrite(path: string, data: string): Promise<FileStamp> {
  const info = await stat(path);
  return { path, name: basename(path), mtimeMs: info.mtimeMs, hash: sha256(data) };
}

export type DiskState = 'unchanged' | 'changed' | 'missing';

/**
 * Whether the file still is what the document last read or wrote. The same modification time is
 * taken as unchanged; otherwise, with a hash, the contents decide (a touch alone changes nothing).
 */
export async function compareWithDisk(path: string, expected: { mtimeMs?: number | undefined; hash?: string | undefined }, limit = MAX_DESIGN_BYTES): Promise<DiskState> {
  let info;
  try {
    info = await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw error;
  }
  if (expected.mtimeMs === undefined && expected.hash === undefined) return 'unchanged';
  if (expected.mtimeMs !== undefined && info.mtimeMs === expected.mtimeMs) return 'unchanged';
  if (expected.hash === undefined || !info.isFile() || info.size > limit) return 'changed';
  return sha256(await readFile(path)) === expected.hash ? 'unchanged' : 'changed';
}
