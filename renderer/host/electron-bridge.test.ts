// The desktop app's renderer side, end to end below the UI: the bridge and the document actions
// running over the Electron host, against a fake `window.designer` that behaves as main does.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeDesigner, type FakeDesigner } from './testing/fake-designer';

const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 7]);
vi.mock('../picture/export-picture', () => ({
  exportPicture: vi.fn(async (_design: unknown, options: { format: 'png' | 'svg'; theme: string }) =>
    options.format === 'png' ? new Blob([PNG], { type: 'image/png' }) : new Blob([`<svg data-theme="${options.theme}"/>`], { type: 'image/svg+xml' })),
}));

// The page's globals, as the preload leaves them, before any renderer module loads.
const first = fakeDesigner();
vi.stubGlobal('window', globalThis);
vi.stubGlobal('designer', first.api);

const { currentHost, setHost } = await import('./current-host');
const initialHostKind = currentHost().kind;
const { createElectronHost } = await import('./electron-host');
const { startElectronBridge } = await import('./electron-bridge');
const { documentBackupKey, replaceDocument } = await import('../state/document-actions');
const { offerRecovery, startAutosave } = await import('../state/autosave');
const { addComponent } = await import('../state/actions');
const { useDesigner } = await import('../state/store');
const { useDialog } = await import('../state/dialog-store');
const { useUi } = await import('../state/ui-store');
const { emptyDesign } = await import('../../shared/model/new-design');
const { serializeDesign } = await import('../../shared/model/save-design');

const designText = (name: string) => serializeDesign(emptyDesign(name));
const doc = () => useDesigner.getState().document;
const nodeCount = () => useDesigner.getState().design.nodes.length;

async function dialogShown(title: string | RegExp): Promise<string> {
  await vi.waitFor(() => expect(useDialog.getState().current?.title).toMatch(title));
  return useDialog.getState().current!.message;
}
function answer(value: string): void {
  useDialog.getState().current!.resolve(value);
}

let fake: FakeDesigner;
let stop: () => void;
const toggleTheme = vi.fn();
let typing = false;

function start(whenReady: Promise<unknown> = Promise.resolve()): () => void {
  return startElectronBridge(fake.api, { whenReady, theme: () => 'dark', toggleTheme, textFieldFocused: () => typing });
}

beforeEach(() => {
  fake = fakeDesigner();
  setHost(createElectronHost(fake.api));
  useDialog.setState({ current: null });
  useUi.setState({ sideTab: 'inspector', shortcutsOpen: false, rulesOpen: false, templateTarget: 'sam', templateFormat: 'yaml' });
  replaceDocument(emptyDesign(), 'Untitled design', null);
  typing = false;
  toggleTheme.mockClear();
  stop = start();
});
afterEach(() => stop());

describe('start-up', () => {
  it('uses the Electron host when the preload exposed window.designer', () => {
    expect(initialHostKind).toBe('electron');
  });

  it('tells main it listens only once the page is ready (recovery offered), and not after it stopped', async () => {
    stop();
    let ready!: () => void;
    stop = start(new Promise<void>((resolve) => (ready = resolve)));
    await Promise.resolve();
    expect(fake.state.ready).toBe(1); // the bridge from beforeEach
    ready();
    await vi.waitFor(() => expect(fake.state.ready).toBe(2));

    stop();
    let late!: () => void;
    stop = start(new Promise<void>((resolve) => (late = resolve)));
    stop();
    late();
    await new Promise((r) => setTimeout(r, 10));
    expect(fake.state.ready).toBe(2);
  });

  it('stops listening to main when stopped', () => {
    expect(fake.listenerCount()).toBeGreaterThan(20);
    stop();
    expect(fake.listenerCount()).toBe(0);
  });
});

describe('the window title', () => {
  it('reports the document’s name, unsaved state and backup key, once per change', async () => {
    expect(fake.state.titles.at(-1)).toEqual({ fileName: 'Untitled design', dirty: false, documentKey: documentBackupKey() });
    addComponent('lambda-function', { x: 0, y: 0 });
    addComponent('sqs-queue', { x: 300, y: 0 });
    expect(fake.state.titles.at(-1)).toEqual({ fileName: 'Untitled design', dirty: true, documentKey: documentBackupKey() });
    expect(fake.state.titles.filter((t) => t.dirty)).toHaveLength(1);

    fake.state.saveAnswers.push('/d/orders.lambda.json');
    fake.emit('menu:save');
    await vi.waitFor(() => expect(fake.state.titles.at(-1)).toEqual({ fileName: 'orders.lambda.json', dirty: false, documentKey: documentBackupKey() }));
  });
});

describe('files', () => {
  it('Save on a new design asks where (Save As), then saves to that file with its stamp', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.state.saveAnswers.push('/d/orders.lambda.json');
    fake.emit('menu:save');
    await vi.waitFor(() => expect(doc()).toEqual({ name: 'Untitled design', path: 'orders.lambda.json', dirty: false }));
    expect(fake.callsOf('design.saveAs')).toEqual([[{ text: expect.any(String), suggestedName: 'untitled-design.lambda.json' }]]);
    expect(JSON.parse(fake.disk.get('/d/orders.lambda.json')!.text).nodes).toHaveLength(1);

    addComponent('sqs-queue', { x: 300, y: 0 });
    fake.emit('menu:save');
    await vi.waitFor(() => expect(doc().dirty).toBe(false));
    expect(fake.callsOf('design.save')).toEqual([[expect.objectContaining({ path: '/d/orders.lambda.json', expectedMtimeMs: expect.any(Number), expectedHash: expect.any(String) })]]);
    expect(fake.state.conflicts).toEqual([]);
    expect(JSON.parse(fake.disk.get('/d/orders.lambda.json')!.text).nodes).toHaveLength(2);

    // Save As always asks.
    fake.state.saveAnswers.push('/d/copy.lambda.json');
    fake.emit('menu:saveAs');
    await vi.waitFor(() => expect(doc().path).toBe('copy.lambda.json'));
  });

  it('a file changed on disk by someone else is not overwritten unless the user agrees in main’s question', async () => {
    fake.putFile('/d/shared.lambda.json', designText('Shared'));
    fake.emit('file:openRequested', { path: '/d/shared.lambda.json' });
    await vi.waitFor(() => expect(doc().path).toBe('shared.lambda.json'));
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.changeOnDisk('/d/shared.lambda.json', designText('Theirs'));

    fake.emit('menu:save');
    await vi.waitFor(() => expect(fake.state.conflicts).toHaveLength(1));
    await new Promise((r) => setTimeout(r, 0));
    expect(doc().dirty).toBe(true);
    expect(JSON.parse(fake.disk.get('/d/shared.lambda.json')!.text).name).toBe('Theirs');
    // Main asked natively: nothing more on screen in the page.
    expect(useDialog.getState().current).toBeNull();

    fake.state.overwriteAnswers.push(true);
    fake.emit('menu:save');
    await vi.waitFor(() => expect(doc().dirty).toBe(false));
    expect(JSON.parse(fake.disk.get('/d/shared.lambda.json')!.text).nodes).toHaveLength(1);
  });

  it('a file main asks to open (second launch, Open Recent) waits for the unsaved-changes answer', async () => {
    fake.putFile('/d/other.lambda.json', designText('Other'));
    addComponent('lambda-function', { x: 0, y: 0 });

    fake.emit('file:openRequested', { path: '/d/other.lambda.json' });
    expect(await dialogShown('Unsaved changes')).toMatch(/before you open another design/);
    answer('cancel');
    await new Promise((r) => setTimeout(r, 0));
    expect(nodeCount()).toBe(1);

    fake.emit('file:openRequested', { path: '/d/other.lambda.json' });
    await dialogShown('Unsaved changes');
    answer('discard');
    await vi.waitFor(() => expect(doc()).toEqual({ name: 'Other', path: 'other.lambda.json', dirty: false }));
    expect(nodeCount()).toBe(0);
  });

  it('a file asked for while a question is on screen opens once it is answered', async () => {
    fake.putFile('/d/later.lambda.json', designText('Later'));
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:new');
    await dialogShown('Unsaved changes');
    fake.emit('file:openRequested', { path: '/d/later.lambda.json' });
    answer('discard');
    await vi.waitFor(() => expect(doc().path).toBe('later.lambda.json'));
  });

  it('a file that does not parse is explained and the current design stays', async () => {
    fake.putFile('/d/broken.lambda.json', '{"format":"lambda-designer/design", nope');
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.state.saveAnswers.push('/d/mine.lambda.json');
    fake.emit('menu:save');
    await vi.waitFor(() => expect(doc().dirty).toBe(false));

    fake.emit('file:openRequested', { path: '/d/broken.lambda.json' });
    await dialogShown('Cannot open broken.lambda.json');
    answer('ok');
    expect(doc().path).toBe('mine.lambda.json');
    expect(nodeCount()).toBe(1);
  });

  it('New and Open from the menu behave as the toolbar’s', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:new');
    await dialogShown('Unsaved changes');
    answer('discard');
    await vi.waitFor(() => expect(nodeCount()).toBe(0));

    fake.putFile('/d/picked.lambda.json', designText('Picked'));
    fake.state.openAnswers.push('/d/picked.lambda.json');
    fake.emit('menu:open');
    await vi.waitFor(() => expect(doc()).toEqual({ name: 'Picked', path: 'picked.lambda.json', dirty: false }));
  });
});

describe('exports', () => {
  it('Export Picture sends the picture in the shown theme to main’s dialog (PNG as base64)', async () => {
    fake.state.saveAnswers.push('/d/diagram.png', '/d/diagram.svg');
    fake.emit('menu:exportPicture', { format: 'png' });
    await vi.waitFor(() => expect(fake.state.exports.has('/d/diagram.png')).toBe(true));
    expect(fake.state.exports.get('/d/diagram.png')).toBe(btoa(String.fromCharCode(...PNG)));
    expect(fake.callsOf('design.exportPicture')[0]).toEqual([expect.objectContaining({ format: 'png', suggestedName: 'untitled-design.png' })]);

    fake.emit('menu:exportPicture', { format: 'svg' });
    await vi.waitFor(() => expect(fake.state.exports.get('/d/diagram.svg')).toBe('<svg data-theme="dark"/>'));
  });

  it('Export Template writes the template the panel shows (its target and format)', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    useUi.getState().set({ templateTarget: 'cfn', templateFormat: 'json' });
    fake.state.saveAnswers.push('/d/t.json');
    fake.emit('menu:exportTemplate');
    await vi.waitFor(() => expect(fake.state.exports.has('/d/t.json')).toBe(true));
    expect(fake.callsOf('design.exportTemplate')).toEqual([[expect.objectContaining({ suggestedName: 'untitled-design.cfn.json', kind: 'json' })]]);
    expect(JSON.parse(fake.state.exports.get('/d/t.json')!).Resources).toBeDefined();
  });
});

describe('edit, view and help menus', () => {
  it('Undo and Redo act on the design, or on the text field that has focus', () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:undo');
    expect(nodeCount()).toBe(0);
    fake.emit('menu:redo');
    expect(nodeCount()).toBe(1);

    typing = true;
    fake.emit('menu:undo');
    fake.emit('menu:selectAll');
    fake.emit('menu:paste');
    expect(nodeCount()).toBe(1);
    expect(fake.state.editText).toEqual(['undo', 'selectAll', 'paste']);
  });

  it('Select All, Copy, Paste, Duplicate, Cut and Delete act on the canvas selection', () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:selectAll');
    expect(useDesigner.getState().selection.nodes).toHaveLength(1);
    fake.emit('menu:copy');
    fake.emit('menu:paste');
    expect(nodeCount()).toBe(2);
    fake.emit('menu:duplicate');
    expect(nodeCount()).toBe(3);
    fake.emit('menu:cut');
    expect(nodeCount()).toBe(2);
    fake.emit('menu:selectAll');
    fake.emit('menu:delete');
    expect(nodeCount()).toBe(0);
    expect(fake.state.editText).toEqual([]);
  });

  it('Duplicate does nothing while the user types (Ctrl+D reaches the menu then)', () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    typing = true;
    fake.emit('menu:duplicate');
    expect(nodeCount()).toBe(1);
  });

  it('view and help commands switch panels, the theme and the overlays', () => {
    fake.emit('menu:toggleProblems');
    expect(useUi.getState().sideTab).toBe('problems');
    fake.emit('menu:toggleProblems');
    expect(useUi.getState().sideTab).toBe('inspector');
    fake.emit('menu:toggleYaml');
    expect(useUi.getState().sideTab).toBe('template');
    fake.emit('menu:keyboardShortcuts');
    expect(useUi.getState().shortcutsOpen).toBe(true);
    fake.emit('menu:rulesReference');
    expect(useUi.getState().rulesOpen).toBe(true);
    fake.emit('menu:toggleTheme');
    expect(toggleTheme).toHaveBeenCalledTimes(1);
  });

  it('menu commands are ignored while a question is on screen, like the toolbar behind it', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:new');
    await dialogShown('Unsaved changes');
    fake.emit('menu:undo');
    fake.emit('menu:toggleProblems');
    expect(nodeCount()).toBe(1);
    expect(useUi.getState().sideTab).toBe('inspector');
    answer('cancel');
  });
});

describe('closing with unsaved changes (the user chose Save in main’s prompt)', () => {
  it('saves, then tells main it may close', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.state.saveAnswers.push('/d/closing.lambda.json');
    fake.emit('app:saveBeforeClose', { requestId: 'r1' });
    await vi.waitFor(() => expect(fake.state.closeAnswers).toEqual([{ requestId: 'r1', saved: true }]));
    expect(JSON.parse(fake.disk.get('/d/closing.lambda.json')!.text).nodes).toHaveLength(1);
  });

  it('a cancelled Save As keeps the window open', async () => {
    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('app:saveBeforeClose', { requestId: 'r2' });
    await vi.waitFor(() => expect(fake.state.closeAnswers).toEqual([{ requestId: 'r2', saved: false }]));
    expect(doc().dirty).toBe(true);
  });

  it('nothing unsaved: closes without saving; a question on screen: the window stays', async () => {
    fake.emit('app:saveBeforeClose', { requestId: 'r3' });
    await vi.waitFor(() => expect(fake.state.closeAnswers).toEqual([{ requestId: 'r3', saved: true }]));
    expect(fake.callsOf('design.saveAs')).toEqual([]);

    addComponent('lambda-function', { x: 0, y: 0 });
    fake.emit('menu:new');
    await dialogShown('Unsaved changes');
    fake.emit('app:saveBeforeClose', { requestId: 'r4' });
    await vi.waitFor(() => expect(fake.state.closeAnswers.at(-1)).toEqual({ requestId: 'r4', saved: false }));
    answer('cancel');
  });
});

describe('backups in main’s data folder', () => {
  it('backs the document up about a second after a change, and drops the backup once saved', async () => {
    vi.useFakeTimers();
    const stopAutosave = startAutosave();
    try {
      addComponent('lambda-function', { x: 0, y: 0 });
      await vi.advanceTimersByTimeAsync(1100);
      expect(fake.backups.get(documentBackupKey())).toEqual(expect.objectContaining({ name: 'Untitled design' }));
      fake.state.saveAnswers.push('/d/backed.lambda.json');
      fake.emit('menu:save');
      await vi.waitFor(() => expect(doc().dirty).toBe(false));
      expect(fake.backups.size).toBe(0);
    } finally {
      stopAutosave();
      vi.useRealTimers();
    }
  });

  it('offers what an earlier run left behind and brings it back under the new document’s key', async () => {
    const left = emptyDesign('Crashed');
    fake.leaveBackup({ documentKey: 'left-behind', name: 'Crashed', text: serializeDesign(left), savedAt: 1 });
    const recovery = offerRecovery();
    await dialogShown('Recover unsaved work?');
    answer('recover');
    await recovery;
    expect(doc()).toEqual({ name: 'Crashed', path: null, dirty: true });
    expect([...fake.backups.keys()]).toEqual([documentBackupKey()]);
    expect(fake.state.titles.at(-1)).toEqual({ fileName: 'Crashed', dirty: true, documentKey: documentBackupKey() });
  });
});
