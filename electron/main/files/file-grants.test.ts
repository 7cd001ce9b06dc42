import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { designFileFromArgv } from './argv-file';
import { FileGrants } from './file-grants';

describe('FileGrants', () => {
  it('allows the paths handed to the app and nothing else', () => {
    const grants = new FileGrants((path) => path === '/recent/r.lambda.json');
    grants.grant('/designs/a.lambda.json');
    expect(grants.allows('/designs/a.lambda.json')).toBe(true);
    expect(grants.allows('/designs/../designs/a.lambda.json')).toBe(true);
    expect(grants.allows('/recent/r.lambda.json')).toBe(true);
    expect(grants.allows('/etc/passwd')).toBe(false);
    expect(grants.allows('/designs/b.lambda.json')).toBe(false);
  });
});

describe('designFileFromArgv', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'argv-'));
    writeFileSync(join(dir, 'a.lambda.json'), '{}');
    mkdirSync(join(dir, 'folder.json'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('finds the design named on a packaged app’s command line, relative to where it ran', () => {
    expect(designFileFromArgv(['/opt/Lambda Designer/lambda-designer', 'a.lambda.json'], dir)).toBe(join(dir, 'a.lambda.json'));
  });

  it('skips the main script, switches, missing files and folders', () => {
    const file = join(dir, 'a.lambda.json');
    expect(designFileFromArgv(['electron', '/app/dist/electron/main.cjs', '--inspect', file, '--flag=x.json'], '/')).toBe(file);
    expect(designFileFromArgv(['electron', '/app/dist/electron/main.cjs'], dir)).toBeNull();
    expect(designFileFromArgv(['app', 'missing.lambda.json', 'folder.json'], dir)).toBeNull();
    expect(designFileFromArgv(['app', 'notes.txt'], dir)).toBeNull();
  });
});
