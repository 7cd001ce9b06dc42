import type { DesignerApi, TitleState } from '../../shared/ipc/contract';
import { documentBackupKey } from '../state/document-actions';
import { useDesigner } from '../state/store';
import { displayName } from './electron-host';

/** The window title's file name (the file once there is one, else the design's name), unsaved state and backup key. */
export function titleState(): TitleState {
  const { document } = useDesigner.getState();
  return { fileName: displayName(document.path ?? document.name), dirty: document.dirty, documentKey: documentBackupKey() };
}

/**
 * Keeps main told what the open document is called and whether it has unsaved changes: main shows it
 * in the window title, asks before closing, and drops the backup on "Don't Save". Sent once now and
 * again whenever it changes; returns a function that stops.
 */
export function reportTitleState(api: DesignerApi): () => void {
  let last = '';
  const send = () => {
    const state = titleState();
    const key = JSON.stringify(state);
    if (key === last) return;
    last = key;
    void api.app.setTitleState(state).catch(() => undefined);
  };
  send();
  return useDesigner.subscribe((state, previous) => {
    if (state.document !== previous.document) send();
  });
}
