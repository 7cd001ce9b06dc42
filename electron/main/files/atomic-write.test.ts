import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isTempFileOf, nodeFs, writeFileAtomic, type AtomicWriteFs } from './atomic-write';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'atomic-write-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The file system of a process that dies at `step`: that call and every later one never complete. */
function crashingAt(step: 'rename' | 'sync'): AtomicWriteFs {
  let dead = false;
  const die = () => {
    dead = true;
    throw new Error('simulated crash');
  };
  const guard = <A extends unknown[], R>(fn: (...args: A) => Promise<R>) => async (...args: A) => {
    if (dead) die();
    return fn(...args);
  };
  return {
    open: guard(async (path: string, flags: string, mode?: number) => {
      const handle = await nodeFs.open(path, flags, mode);
      return {
        writeFile: guard((data: string | Uint8Array) => handle.writeFile(data)),
        sync: guard(async () => (step === 'sync' ? die() : handle.sync())),
        // The OS closes the files of a dead process.
        close: () => handle.close(),
      };
    }),
    rename: guard(async () => die()),
    unlink: guard(nodeFs.unlink),
    readdir: guard(nodeFs.readdir),
    stat: guard(nodeFs.stat),
  };
}

const tempFiles = () => readdirSync(dir).filter((f) => f.endsWith('.tmp'));

describe('writeFileAtomic', () => {
  it('writes a new file and leaves nothing else behind', async () => {
    const target = join(dir, 'a.lambda.json');
    await writeFileAtomic(target, '{"v":1}');
    expect(readFileSync(target, 'utf8')).toBe('{"v":1}');
    expect(readdirSync(dir)).toEqual(['a.lambda.json']);
  });

  it('replaces an existing file, keeping its permissions', async () => {
    const target = join(dir, 'a.lambda.json');
    writeFileSync(target, 'old');
    if (process.platform !== 'win32') chmodSync(target, 0o600);
    await writeFileAtomic(target, Buffer.from('new'));
    expect(readFileSync(target, 'utf8')).toBe('new');
    if (process.platform !== 'win32') expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('keeps the old file intact when the process dies between writing and renaming; the next save cleans up', async () => {
    const target = join(dir, 'a.lambda.json');
    writeFileSync(target, 'old contents');
    await expect(writeFileAtomic(target, 'half-saved', crashingAt('rename'))).rejects.toThrow('simulated crash');
    expect(readFileSync(target, 'utf8')).toBe('old contents');
    const [left] = tempFiles();
    expect(left && isTempFileOf(left, 'a.lambda.json')).toBe(true);
    expect(readFileSync(join(dir, left!), 'utf8')).toBe('half-saved');

    await writeFileAtomic(target, 'saved again');
    expect(readFileSync(target, 'utf8')).toBe('saved again');
    expect(tempFiles()).toEqual([]);
  });

  it('keeps the old file intact when the data cannot be flushed', async () => {
    const target = join(dir, 'a.lambda.json');
    writeFileSync(target, 'old contents');
    await expect(writeFileAtomic(target, 'new', crashingAt('sync'))).rejects.toThrow('simulated crash');
    expect(readFileSync(target, 'utf8')).toBe('old contents');
  });

  it('removes its temporary file when a write fails without a crash', async () => {
    const target = join(dir, 'a.lambda.json');
    writeFileSync(target, 'old');
    const full: AtomicWriteFs = {
      ...nodeFs,
      open: async (path, flags, mode) => {
        const handle = await nodeFs.open(path, flags, mode);
        return { ...handle, writeFile: async () => Promise.reject(Object.assign(new Error('no space'), { code: 'ENOSPC' })), sync: () => handle.sync(), close: () => handle.close() };
      },
    };
    await expect(writeFileAtomic(target, 'new', full)).rejects.toThrow('no space');
    expect(readFileSync(target, 'utf8')).toBe('old');
    expect(tempFiles()).toEqual([]);
  });

  it('leaves other files alone, even ones that look like temporary files of another name', async () => {
    writeFileSync(join(dir, '.b.lambda.json.0123456789ab.tmp'), 'other document');
    writeFileSync(join(dir, '.a.lambda.json.notrandom.tmp'), 'not ours');
    writeFileSync(join(dir, 'notes.txt'), 'notes');
    await writeFileAtomic(join(dir, 'a.lambda.json'), 'x');
    expect(readdirSync(dir).sort()).toEqual(['.a.lambda.json.notrandom.tmp', '.b.lambda.json.0123456789ab.tmp', 'a.lambda.json', 'notes.txt']);
  });

  it('applies concurrent writes to one file in the order they were asked for', async () => {
    const target = join(dir, 'a.json');
    await Promise.all(Array.from({ length: 8 }, (_, i) => writeFileAtomic(target, `version ${i}`)));
    expect(readFileSync(target, 'utf8')).toBe('version 7');
    expect(tempFiles()).toEqual([]);
  });

  it('fails, without creating anything, in a folder that does not exist', async () => {
    await expect(writeFileAtomic(join(dir, 'missing', 'a.json'), 'x')).rejects.toThrow(/ENOENT/);
    expect(readdirSync(dir)).toEqual([]);
  });
});
