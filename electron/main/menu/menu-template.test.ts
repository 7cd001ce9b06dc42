import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from './menu-template';

function build(options: Partial<MenuOptions> = {}) {
  const calls: unknown[][] = [];
  const actions: MenuActions = {
    send: (event, ...payload) => void calls.push(['send', event, ...payload]),
    openRecent: (path) => void calls.push(['openRecent', path]),
    clearRecent: () => void calls.push(['clearRecent']),
    showAbout: () => void calls.push(['showAbout']),
  };
  const template = buildMenuTemplate({ platform: 'linux', isDev: false, appName: 'Lambda Designer', recent: [], ...options }, actions);
  return { template, calls };
}

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function item(template: MenuItemConstructorOptions[], id: string): MenuItemConstructorOptions {
  const found = flatten(template).find((i) => i.id === id);
  if (!found) throw new Error(`no menu item ${id}`);
  return found;
}

const click = (entry: MenuItemConstructorOptions) => (entry.click as () => void)();

describe('application menu', () => {
  it('has File, Edit, View and Help with the expected commands', () => {
    const { template } = build();
    expect(template.map((m) => m.label)).toEqual(['&File', '&Edit', '&View', '&Help']);
    const labels = (index: number) => (template[index]!.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.label);
    expect(labels(0)).toEqual(['New', 'Open…', 'Open Recent', 'Save', 'Save As…', 'Export Template…', 'Export Picture', 'Quit']);
    expect(labels(1)).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Duplicate', 'Delete', 'Select All']);
    expect(labels(2)).toEqual(['Zoom to Fit', 'Auto Layout', 'Toggle Theme', 'Toggle Problems', 'Toggle YAML']);
    expect(labels(3)).toEqual(['Keyboard Shortcuts', 'Rules Reference', 'About Lambda Designer']);
  });

  it('uses the standard accelerators', () => {
    const { template } = build();
    expect(item(template, 'file.new').accelerator).toBe('CmdOrCtrl+N');
    expect(item(template, 'file.open').accelerator).toBe('CmdOrCtrl+O');
    expect(item(template, 'file.save').accelerator).toBe('CmdOrCtrl+S');
    expect(item(template, 'file.saveAs').accelerator).toBe('CmdOrCtrl+Shift+S');
    expect(item(template, 'edit.undo').accelerator).toBe('CmdOrCtrl+Z');
    expect(item(template, 'edit.redo').accelerator).toBe('Ctrl+Shift+Z');
    expect(item(build({ platform: 'win32' }).template, 'edit.redo').accelerator).toBe('Ctrl+Y');
    expect(item(build({ platform: 'darwin' }).template, 'edit.redo').accelerator).toBe('Shift+CmdOrCtrl+Z');
    expect(item(template, 'edit.selectAll').accelerator).toBe('CmdOrCtrl+A');
  });

  it('shows but does not register keys the canvas handles itself, so typing never triggers them', () => {
    const { template } = build();
    for (const id of ['edit.delete', 'view.zoomToFit', 'view.autoLayout']) expect(item(template, id).registerAccelerator, id).toBe(false);
    expect(item(template, 'edit.copy').registerAccelerator).toBe(true);
  });

  it('sends menu commands to the renderer', () => {
    const { template, calls } = build();
    click(item(template, 'file.save'));
    click(item(template, 'edit.undo'));
    click(item(template, 'view.toggleYaml'));
    click(item(template, 'file.exportPicture.svg'));
    click(item(template, 'help.about'));
    expect(calls).toEqual([['send', 'menu:save'], ['send', 'menu:undo'], ['send', 'menu:toggleYaml'], ['send', 'menu:exportPicture', { format: 'svg' }], ['showAbout']]);
  });

  it('lists recent files and can clear them', () => {
    const recent = [{ path: '/d/orders.lambda.json', name: 'orders.lambda.json' }, { path: '/d/R&D.lambda.json', name: 'R&D.lambda.json' }];
    const { template, calls } = build({ recent });
    const submenu = item(template, 'file.openRecent').submenu as MenuItemConstructorOptions[];
    expect(submenu.map((i) => i.label ?? i.type)).toEqual(['orders.lambda.json', 'R&&D.lambda.json', 'separator', 'Clear Recent']);
    click(item(template, 'file.recent.1'));
    click(item(template, 'file.clearRecent'));
    expect(calls).toEqual([['openRecent', '/d/R&D.lambda.json'], ['clearRecent']]);
    expect(item(build().template, 'file.noRecent').enabled).toBe(false);
  });

  it('offers Reload and developer tools only in development', () => {
    const ids = (isDev: boolean) => flatten(build({ isDev }).template).map((i) => i.id);
    expect(ids(false)).not.toContain('view.reload');
    expect(ids(false)).not.toContain('view.toggleDevTools');
    expect(ids(true)).toEqual(expect.arrayContaining(['view.reload', 'view.toggleDevTools']));
  });

  it('follows macOS conventions there: app menu with About and Quit, a Window menu', () => {
    const { template } = build({ platform: 'darwin' });
    expect(template.map((m) => m.label ?? m.role)).toEqual(['Lambda Designer', '&File', '&Edit', '&View', 'windowMenu', '&Help']);
    const appMenu = template[0]!.submenu as MenuItemConstructorOptions[];
    expect(appMenu[0]!.id).toBe('help.about');
    expect(appMenu.some((i) => i.role === 'quit')).toBe(true);
    expect(flatten(template).filter((i) => i.role === 'quit')).toHaveLength(1);
  });
});
