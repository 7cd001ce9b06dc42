import type { DesignerApi } from '../../shared/ipc/contract';
import { useDialog } from '../state/dialog-store';
import { openDocument, saveDocument } from '../state/document-actions';
import { useDesigner } from '../state/store';
import { createElectronHost } from './electron-host';
import { type MenuDeps, type MenuEventName, menuHandlers } from './menu-commands';
import { reportTitleState } from './title-state';

export interface BridgeDeps extends Omit<MenuDeps, 'api'> {
  /** Settles once the page may take events (recovery has been offered): then main is told `app.ready`. */
  whenReady: Promise<unknown>;
}

const dialogOpen = () => useDialog.getState().current !== null;

/** Resolves once no question is on screen, so a file to open never replaces one. */
function whenNoDialog(): Promise<void> {
  if (!dialogOpen()) return Promise.resolve();
  return new Promise((resolve) => {
    const stop = useDialog.subscribe((state) => {
      if (state.current) return;
      stop();
      resolve();
    });
  });
}

/**
 * What only the desktop app does: menu commands, files main asks to open, the save main asks for
 * when the window closes, the window title, and telling main the page listens. Returns a function
 * that stops it all.
 */
export function startElectronBridge(api: DesignerApi, deps: BridgeDeps): () => void {
  const host = createElectronHost(api);
  const handlers = menuHandlers({ ...deps, api });
  let stopped = false;
  let opening: Promise<void> = Promise.resolve();

  // A menu command that arrives while a question is on screen is ignored, as the toolbar behind it is.
  const onMenu = <E extends MenuEventName>(event: E) =>
    api.on(event, (payload) => {
      if (!dialogOpen()) handlers[event](payload);
    });

  const stops = [
    ...(Object.keys(handlers) as MenuEventName[]).map((event) => onMenu(event)),
    api.on('file:openRequested', ({ path }) => {
      // One at a time, each after any question on screen, each with the unsaved-changes prompt.
      opening = opening.then(whenNoDialog).then(() => openDocument(() => host.openPath(path))).catch(() => undefined);
    }),
    api.on('app:saveBeforeClose', ({ requestId }) => {
      // With a question on screen the close is called off: the user answers that first.
      const save = dialogOpen() ? Promise.resolve(false) : useDesigner.getState().document.dirty ? saveDocument(false) : Promise.resolve(true);
      void save
        .catch(() => false)
        .then((saved) => api.app.closeAfterSave({ requestId, saved }))
        .catch(() => undefined);
    }),
    reportTitleState(api),
  ];

  const tellReady = () => {
    if (!stopped) void api.app.ready().catch(() => undefined);
  };
  void deps.whenReady.then(tellReady, tellReady);

  return () => {
    stopped = true;
    for (const stop of stops) stop();
  };
}
