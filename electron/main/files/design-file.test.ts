import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { compareWithDisk, readDesignFile, sha256, stampAfterWrite, UserFacingError } from './design-file';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'design-file-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readDesignFile', () => {
  it('reads the text with what a later save compares against', async () => {
    const path = join(dir, 'orders.lambda.json');
    writeFileSync(path, '{"name":"Orders"}');
    const file = await readDesignFile(path);
    expect(file).toMatchObject({ path, name: 'orders.lambda.json', text: '{"name":"Orders"}', hash: sha256('{"name":"Orders"}') });
    expect(file.mtimeMs).toBeGreaterThan(0);
  });

  it('refuses a file over the size limit with its size and the limit', async () => {
    const path = join(dir, 'huge.lambda.json');
    writeFileSync(path, 'x'.repeat(3 * 1024 * 1024));
    const error = await readDesignFile(path, 2 * 1024 * 1024).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(UserFacingError);
    expect((error as Error).message).toBe('“huge.lambda.json” is 3.0 MB; Lambda Designer opens and saves designs of up to 2.0 MB.');
  });

  it('explains a missing file and refuses a folder', async () => {
    await expect(readDesignFile(join(dir, 'gone.lambda.json'))).rejects.toThrow(/“gone.lambda.json” no longer exists/);
    mkdirSync(join(dir, 'folder.json'));
    await expect(readDesignFile(join(dir, 'folder.json'))).rejects.toThrow(/is not a file/);
  });
});

describe('compareWithDisk', () => {
  it('sees a file unchanged since it was read or written', async () => {
    const path = join(dir, 'a.lambda.json');
    writeFileSync(path, 'v1');
    const stamp = await stampAfterWrite(path, 'v1');
    await expect(compareWithDisk(path, { mtimeMs: stamp.mtimeMs, hash: stamp.hash })).resolves.toBe('unchanged');
  });

  it('notices another program writing the file', async () => {
    const path = join(dir, 'a.lambda.json');
    writeFileSync(path, 'v1');
    const stamp = await stampAfterWrite(path, 'v1');
    writeFileSync(path, 'their version');
    utimesSync(path, new Date(), new Date(stamp.mtimeMs + 5000));
    await expect(compareWithDisk(path, { mtimeMs: stamp.mtimeMs, hash: stamp.hash })).resolves.toBe('changed');
    await expect(compareWithDisk(path, { mtimeMs: stamp.mtimeMs })).resolves.toBe('changed');
  });

  it('takes a file touched but not changed as unchanged when the hash is known', async () => {
    const path = join(dir, 'a.lambda.json');
    writeFileSync(path, 'v1');
    const stamp = await stampAfterWrite(path, 'v1');
    utimesSync(path, new Date(), new Date(stamp.mtimeMs + 5000));
    await expect(compareWithDisk(path, { mtimeMs: stamp.mtimeMs, hash: stamp.hash })).resolves.toBe('unchanged');
  });

  it('notices a deleted file, and checks nothing without expectations', async () => {
    await expect(compareWithDisk(join(dir, 'gone.json'), { mtimeMs: 1 })).resolves.toBe('missing');
    const path = join(dir, 'a.json');
    writeFileSync(path, 'x');
    await expect(compareWithDisk(path, {})).resolves.toBe('unchanged');
  });
});
