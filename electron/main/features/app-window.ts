import type { AppInfo } from '../../../shared/ipc/contract';
import { registerHandlers, type IpcRegistry } from '../ipc/register-handlers';
import type { AppWindows } from '../window/app-windows';

/** About information, the window title and unsaved state, the start-up handshake and the close-time save (the `app` namespace). */
export function setupAppWindow(deps: { registry: IpcRegistry; windows: AppWindows; info: () => AppInfo }): () => void {
  const { windows } = deps;
  return registerHandlers(deps.registry, 'app', {
    info: () => deps.info(),
    setTitleState: ({ sender }, state) => {
      const window = windows.requireBySender(sender);
      window.titleState = state;
      window.showTitle(state);
    },
    ready: ({ sender }) => {
      windows.requireBySender(sender).events.markReady();
    },
    closeAfterSave: ({ sender }, { requestId, saved }) => {
      windows.requireBySender(sender).saveRequests.answer(requestId, saved);
    },
    editText: ({ sender }, action) => {
      windows.requireBySender(sender).editText(action);
    },
  });
}
