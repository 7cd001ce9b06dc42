import type { MenuItemConstructorOptions } from 'electron';
import type { RecentFiles } from '../files/recent-files';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from '../menu/menu-template';
import type { AppWindows } from '../window/app-windows';

export interface MenuDeps {
  windows: AppWindows;
  recent: RecentFiles;
  options: Omit<MenuOptions, 'recent'>;
  setMenu: (template: MenuItemConstructorOptions[]) => void;
  openFile: (path: string) => void;
  showAbout: () => void;
}

/** The application menu, rebuilt whenever the recent files change. */
export function setupMenu(deps: MenuDeps): () => void {
  const actions: MenuActions = {
    send: (event, ...payload) => void deps.windows.current()?.events.send(event, ...payload),
    openRecent: (path) => deps.openFile(path),
    clearRecent: () => void deps.recent.clear().catch(() => undefined),
    showAbout: () => deps.showAbout(),
  };
  const rebuild = () => deps.setMenu(buildMenuTemplate({ ...deps.options, recent: deps.recent.list() }, actions));
  const stop = deps.recent.onChange(rebuild);
  rebuild();
  return stop;
}
