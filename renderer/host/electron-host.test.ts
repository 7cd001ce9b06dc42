import { beforeEach, describe, expect, it } from 'vitest';
import { createElectronHost, safeFileName, type ElectronHost } from './electron-host';
import { fakeDesigner, type FakeDesigner } from './testing/fake-designer';

const DESIGN = '{"format":"lambda-designer/design"}';
const PNG_BYTES = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 255, 1, 2]);

let fake: FakeDesigner;
let host: ElectronHost;
beforeEach(() => {
  fake = fakeDesigner();
  host = createElectronHost(fake.api);
});

describe('the Electron host: opening', () => {
  it('opens through main’s dialog and keeps main’s stamp of the file as its handle', async () => {
    fake.putFile('/d/orders.lambda.json', DESIGN);
    fake.state.openAnswers.push('/d/orders.lambda.json');
    const opened = await host.openDesign();
    expect(opened).toEqual({ name: 'orders.lambda.json', text: DESIGN, handle: { path: '/d/orders.lambda.json', name: 'orders.lambda.json', mtimeMs: expect.any(Number), hash: expect.stringMatching(/^[0-9a-f]{64}$/) } });
    expect(opened?.handle).not.toHaveProperty('text');
  });

  it('resolves to null when the dialog is cancelled or main explained a failure', async () => {
    expect(await host.openDesign()).toBeNull();
    fake.state.openAnswers.push('/d/gone.lambda.json');
    expect(await host.openDesign()).toBeNull();
    expect(fake.state.explained).toEqual([expect.stringContaining('no longer exists')]);
  });

  it('opens a file main handed out by its path (Open Recent, a second launch)', async () => {
    fake.putFile('/d/recent.lambda.json', DESIGN);
    expect((await host.openPath('/d/recent.lambda.json'))?.name).toBe('recent.lambda.json');
    fake.putFile('/d/not-granted.lambda.json', DESIGN, false);
    expect(await host.openPath('/d/not-granted.lambda.json')).toBeNull();
  });
});

describe('the Electron host: saving', () => {
  it('saves a document without a file through the Save As dialog, with a name the contract accepts', async () => {
    fake.state.saveAnswers.push('/d/new.lambda.json');
    const saved = await host.saveDesign(DESIGN, null, 'a/b: "c"?.lambda.json');
    expect(saved).toEqual({ name: 'new.lambda.json', handle: expect.objectContaining({ path: '/d/new.lambda.json' }) });
    expect(fake.callsOf('design.saveAs')).toEqual([[{ text: DESIGN, suggestedName: 'a-b- -c-.lambda.json' }]]);
    expect(fake.disk.get('/d/new.lambda.json')?.text).toBe(DESIGN);
  });

  it('saves to the file it came from, sending the stamp so main can tell whether it changed on disk', async () => {
    fake.putFile('/d/orders.lambda.json', DESIGN);
    const file = await host.openPath('/d/orders.lambda.json');
    const saved = await host.saveDesign('{"v":2}', file, 'orders.lambda.json');
    const [[request]] = fake.callsOf('design.save') as [[Record<string, unknown>]];
    const stamp = file?.handle as { mtimeMs: number; hash: string };
    expect(request).toEqual({ text: '{"v":2}', path: '/d/orders.lambda.json', expectedMtimeMs: stamp.mtimeMs, expectedHash: stamp.hash });
    expect(fake.state.conflicts).toEqual([]);
    // The new stamp is what the next save compares against: no conflict with its own write.
    await host.saveDesign('{"v":3}', saved, 'orders.lambda.json');
    expect(fake.state.conflicts).toEqual([]);
    expect(fake.disk.get('/d/orders.lambda.json')?.text).toBe('{"v":3}');
  });

  it('a file changed on disk is only overwritten when the user says so in main’s question', async () => {
    fake.putFile('/d/shared.lambda.json', DESIGN);
    const file = await host.openPath('/d/shared.lambda.json');
    fake.changeOnDisk('/d/shared.lambda.json', '{"theirs":true}');

    expect(await host.saveDesign('{"mine":true}', file, 'shared.lambda.json')).toBeNull();
    expect(fake.state.conflicts).toEqual(['“shared.lambda.json” was changed by another program since you opened it.']);
    expect(fake.disk.get('/d/shared.lambda.json')?.text).toBe('{"theirs":true}');

    fake.state.overwriteAnswers.push(true);
    expect(await host.saveDesign('{"mine":true}', file, 'shared.lambda.json')).not.toBeNull();
    expect(fake.disk.get('/d/shared.lambda.json')?.text).toBe('{"mine":true}');
  });

  it('a handle that is no stamp of main’s (such as a browser file) saves through Save As', async () => {
    expect(await host.saveDesign(DESIGN, { name: 'x.lambda.json', handle: null }, 'x.lambda.json')).toBeNull();
    expect(fake.callsOf('design.saveAs')).toHaveLength(1);
    expect(fake.callsOf('design.save')).toHaveLength(0);
  });
});

describe('the Electron host: backups', () => {
  it('writes, lists and discards backups in main’s data folder', async () => {
    await host.backups.write({ key: 'doc-1', name: '  ', text: DESIGN, savedAt: 5 });
    expect(fake.callsOf('backup.write')).toEqual([[{ documentKey: 'doc-1', name: 'Untitled design', text: DESIGN }]]);
    // Written by this run: not offered for recovery.
    expect(await host.backups.pending()).toEqual([]);

    fake.leaveBackup({ documentKey: 'old-1', name: 'Orders', text: DESIGN, savedAt: 10 });
    fake.leaveBackup({ documentKey: 'old-2', name: 'Billing', text: DESIGN, savedAt: 20 });
    expect(await host.backups.pending()).toEqual([
      { key: 'old-2', name: 'Billing', text: DESIGN, savedAt: 20 },
      { key: 'old-1', name: 'Orders', text: DESIGN, savedAt: 10 },
    ]);
    await host.backups.discard('old-2');
    await host.backups.discard('doc-1');
    expect([...fake.backups.keys()]).toEqual(['old-1']);
  });
});

describe('the Electron host: exports', () => {
  it('sends a PNG as base64 and an SVG as its markup, to main’s save dialog', async () => {
    fake.state.saveAnswers.push('/d/diagram.png', '/d/diagram.svg');
    expect(await host.exportFile(new Blob([PNG_BYTES], { type: 'image/png' }), 'orders.png', 'PNG picture', '.png')).toBe(true);
    expect(await host.exportFile(new Blob(['<svg xmlns="http://www.w3.org/2000/svg"/>'], { type: 'image/svg+xml' }), 'orders.svg', 'SVG picture', '.svg')).toBe(true);
    const [[png], [svg]] = fake.callsOf('design.exportPicture') as [[{ data: string; format: string }], [{ data: string; format: string }]];
    expect(png.format).toBe('png');
    expect(Uint8Array.from(atob(png.data), (c) => c.charCodeAt(0))).toEqual(PNG_BYTES);
    expect(svg).toEqual({ data: '<svg xmlns="http://www.w3.org/2000/svg"/>', format: 'svg', suggestedName: 'orders.svg' });
  });

  it('encodes a large picture in chunks', async () => {
    const big = new Uint8Array(100_000).map((_, i) => i % 251);
    fake.state.saveAnswers.push('/d/big.png');
    await host.exportFile(new Blob([big]), 'big.png', 'PNG picture', '.png');
    const [[{ data }]] = fake.callsOf('design.exportPicture') as [[{ data: string }]];
    expect(Uint8Array.from(atob(data), (c) => c.charCodeAt(0))).toEqual(big);
  });

  it('sends templates as text with their kind, and says false when the dialog is cancelled', async () => {
    fake.state.saveAnswers.push('/d/orders.sam.yaml');
    expect(await host.exportFile(new Blob(['Resources: {}\n']), 'orders.sam.yaml', 'SAM template', '.yaml')).toBe(true);
    expect(await host.exportFile(new Blob(['{}']), 'orders.cfn.json', 'CloudFormation template', '.json')).toBe(false);
    expect(fake.callsOf('design.exportTemplate')).toEqual([
      [{ text: 'Resources: {}\n', suggestedName: 'orders.sam.yaml', kind: 'yaml' }],
      [{ text: '{}', suggestedName: 'orders.cfn.json', kind: 'json' }],
    ]);
    expect(fake.state.exports.get('/d/orders.sam.yaml')).toBe('Resources: {}\n');
  });

  it('refuses a kind of file main cannot export', async () => {
    await expect(host.exportFile(new Blob(['x']), 'x.exe', 'Program', '.exe')).rejects.toThrow(/does not export \.exe/);
  });
});

describe('safeFileName', () => {
  it('keeps ordinary names and replaces what a save dialog refuses', () => {
    expect(safeFileName('orders.lambda.json')).toBe('orders.lambda.json');
    expect(safeFileName('..')).toBe('design.lambda.json');
    expect(safeFileName('a\u0007b|c')).toBe('ab-c');
    expect(safeFileName('x'.repeat(300))).toHaveLength(255);
  });
});
