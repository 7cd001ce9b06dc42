import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFile, RendererEventName } from '../../../shared/ipc/contract';
import type { PayloadArgs } from '../ipc/renderer-events';

export type MenuEventName = Extract<RendererEventName, `menu:${string}`>;

export interface MenuActions {
  /** Sends a menu command to the window in front. */
  send<E extends MenuEventName>(event: E, ...payload: PayloadArgs<E>): void;
  openRecent(path: string): void;
  clearRecent(): void;
  showAbout(): void;
}

export interface MenuOptions {
  platform: NodeJS.Platform;
  /** Reload and developer tools are offered only when not packaged. */
  isDev: boolean;
  appName: string;
  recent: readonly RecentFile[];
}

/** On Windows and Linux "&" marks a mnemonic in a label; a file name's own "&" must stay one. */
function literal(label: string, platform: NodeJS.Platform): string {
  return platform === 'darwin' ? label : label.replace(/&/g, '&&');
}

/**
 * The application menu. Commands the canvas owns go to the renderer as `menu:*` events; keys the
 * renderer already handles itself (single keys, Shift+letter) are shown but not registered, so they
 * never fire twice or while typing.
 */
export function buildMenuTemplate(options: MenuOptions, actions: MenuActions): MenuItemConstructorOptions[] {
  const { platform, isDev } = options;
  const mac = platform === 'darwin';
  const command = (id: string, label: string, event: Exclude<MenuEventName, 'menu:exportPicture'>, accelerator?: string, registered = true): MenuItemConstructorOptions => ({
    id,
    label,
    ...(accelerator ? { accelerator, registerAccelerator: registered } : {}),
    click: () => actions.send(event),
  });
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const recentItems: MenuItemConstructorOptions[] = options.recent.length
    ? [
        ...options.recent.map((file, index): MenuItemConstructorOptions => ({
          id: `file.recent.${index}`,
          label: literal(file.name, platform),
          sublabel: file.path,
          click: () => actions.openRecent(file.path),
        })),
        separator,
        { id: 'file.clearRecent', label: 'Clear Recent', click: () => actions.clearRecent() },
      ]
    : [{ id: 'file.noRecent', label: 'No Recent Designs', enabled: false }];

  const about: MenuItemConstructorOptions = { id: 'help.about', label: `About ${options.appName}`, click: () => actions.showAbout() };

  const appMenu: MenuItemConstructorOptions[] = mac
    ? [{
        label: options.appName,
        submenu: [about, separator, { role: 'services' }, separator, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, separator, { role: 'quit' }],
      }]
    : [];

  const file: MenuItemConstructorOptions = {
    label: '&File',
    submenu: [
      command('file.new', 'New', 'menu:new', 'CmdOrCtrl+N'),
      command('file.open', 'Open…', 'menu:open', 'CmdOrCtrl+O'),
      { id: 'file.openRecent', label: 'Open Recent', submenu: recentItems },
      separator,
      command('file.save', 'Save', 'menu:save', 'CmdOrCtrl+S'),
      command('file.saveAs', 'Save As…', 'menu:saveAs', 'CmdOrCtrl+Shift+S'),
      separator,
      command('file.exportTemplate', 'Export Template…', 'menu:exportTemplate', 'CmdOrCtrl+E'),
      {
        id: 'file.exportPicture',
        label: 'Export Picture',
        submenu: [
          { id: 'file.exportPicture.png', label: 'PNG…', accelerator: 'CmdOrCtrl+Shift+E', click: () => actions.send('menu:exportPicture', { format: 'png' }) },
          { id: 'file.exportPicture.svg', label: 'SVG…', click: () => actions.send('menu:exportPicture', { format: 'svg' }) },
        ],
      },
      ...(mac ? [] : [separator, { id: 'file.quit', role: 'quit' as const, label: 'Quit' }]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: '&Edit',
    submenu: [
      command('edit.undo', 'Undo', 'menu:undo', 'CmdOrCtrl+Z'),
      command('edit.redo', 'Redo', 'menu:redo', mac ? 'Shift+CmdOrCtrl+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z'),
      separator,
      command('edit.cut', 'Cut', 'menu:cut', 'CmdOrCtrl+X'),
      command('edit.copy', 'Copy', 'menu:copy', 'CmdOrCtrl+C'),
      command('edit.paste', 'Paste', 'menu:paste', 'CmdOrCtrl+V'),
      command('edit.duplicate', 'Duplicate', 'menu:duplicate', 'CmdOrCtrl+D'),
      command('edit.delete', 'Delete', 'menu:delete', mac ? 'Backspace' : 'Delete', false),
      separator,
      command('edit.selectAll', 'Select All', 'menu:selectAll', 'CmdOrCtrl+A'),
    ],
  };

  const view: MenuItemConstructorOptions = {
    label: '&View',
    submenu: [
      command('view.zoomToFit', 'Zoom to Fit', 'menu:zoomToFit', 'Shift+1', false),
      command('view.autoLayout', 'Auto Layout', 'menu:autoLayout', 'Shift+L', false),
      separator,
      command('view.toggleTheme', 'Toggle Theme', 'menu:toggleTheme', 'CmdOrCtrl+Shift+T'),
      command('view.toggleProblems', 'Toggle Problems', 'menu:toggleProblems', 'CmdOrCtrl+Shift+M'),
      command('view.toggleYaml', 'Toggle YAML', 'menu:toggleYaml', 'CmdOrCtrl+Shift+Y'),
      ...(isDev
        ? [separator, { id: 'view.reload', role: 'reload' as const }, { id: 'view.toggleDevTools', role: 'toggleDevTools' as const }]
        : []),
      ...(mac ? [separator, { role: 'togglefullscreen' as const }] : []),
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = mac ? [{ role: 'windowMenu' }] : [];

  const help: MenuItemConstructorOptions = {
    label: '&Help',
    role: 'help',
    submenu: [
      command('help.keyboardShortcuts', 'Keyboard Shortcuts', 'menu:keyboardShortcuts', 'CmdOrCtrl+/'),
      command('help.rulesReference', 'Rules Reference', 'menu:rulesReference'),
      ...(mac ? [] : [separator, about]),
    ],
  };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
