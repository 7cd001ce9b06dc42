import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, isAbsolute, resolve } from 'node:path';
import { z } from 'zod';
import type { RecentFile } from '../../../shared/ipc/contract';
import { writeFileAtomic } from './atomic-write';

export const MAX_RECENT_FILES = 10;

const Stored = z.object({ files: z.array(z.unknown()) });

/** Recently opened or saved designs, most recent first, kept as JSON in the user data folder. */
export class RecentFiles {
  private paths: string[] = [];
  private readonly listeners = new Set<() => void>();
  private lastWrite: Promise<void> = Promise.resolve();

  constructor(
    private readonly storeFile: string,
    private readonly exists: (path: string) => boolean = existsSync,
    private readonly max = MAX_RECENT_FILES,
  ) {}

  /** Reads the stored list; a missing or damaged store is an empty list. */
  async load(): Promise<void> {
    const text = await readFile(this.storeFile, 'utf8').catch(() => null);
    let stored: unknown = null;
    try {
      stored = text === null ? null : JSON.parse(text);
    } catch {
      stored = null;
    }
    const parsed = Stored.safeParse(stored);
    const paths = parsed.success ? parsed.data.files.filter((p): p is string => typeof p === 'string' && p.length > 0 && isAbsolute(p)) : [];
    this.paths = [...new Set(paths)].slice(0, this.max);
  }

  /** Files that still exist; the ones gone are forgotten. */
  list(): RecentFile[] {
    const present = this.paths.filter((p) => this.exists(p));
    if (present.length !== this.paths.length) {
      this.paths = present;
      // Forgetting them on disk too can wait; failing to is harmless.
      void this.persist().catch(() => undefined);
    }
    return present.map((path) => ({ path, name: basename(path) }));
  }

  has(path: string): boolean {
    return this.paths.includes(resolve(path));
  }

  async add(path: string): Promise<void> {
    const full = resolve(path);
    this.paths = [full, ...this.paths.filter((p) => p !== full)].slice(0, this.max);
    await this.persist();
  }

  async remove(path: string): Promise<void> {
    const full = resolve(path);
    if (!this.paths.includes(full)) return;
    this.paths = this.paths.filter((p) => p !== full);
    await this.persist();
  }

  async clear(): Promise<void> {
    this.paths = [];
    await this.persist();
  }

  /** Called after every change (the Open Recent menu is rebuilt). */
  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Resolves once every change so far is on disk. */
  async written(): Promise<void> {
    await this.lastWrite.catch(() => undefined);
  }

  private persist(): Promise<void> {
    this.listeners.forEach((listener) => listener());
    this.lastWrite = writeFileAtomic(this.storeFile, `${JSON.stringify({ files: this.paths }, null, 2)}\n`);
    return this.lastWrite;
  }
}
