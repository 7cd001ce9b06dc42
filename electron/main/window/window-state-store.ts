import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../files/atomic-write';
import type { WindowState } from './window-bounds';

/** The window's last size and place, as JSON in the user data folder; unreadable means none. */
export async function loadWindowState(file: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(file, 'utf8'));
  } catch {
    return null;
  }
}

export function saveWindowState(file: string, state: WindowState): Promise<void> {
  return writeFileAtomic(file, `${JSON.stringify(state, null, 2)}\n`);
}
