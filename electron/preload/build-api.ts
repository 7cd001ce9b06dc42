import { isRendererEventName, listMethods, rendererEvents, type DesignerApi } from '../../shared/ipc/contract';

/** The parts of ipcRenderer the API is built on (never exposed to the page itself). */
export interface IpcRendererPort {
  invoke(channel: string, ...args: unknown[]): Promise<unknown>;
  on(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
  removeListener(channel: string, listener: (event: unknown, ...args: unknown[]) => void): unknown;
}

/**
 * `window.designer`: one function per contract method, each invoking its own channel, and `on` for
 * the contract's events only. Listeners get the checked payload, never the IPC event (which would
 * reach ipcRenderer and the sender).
 */
export function buildDesignerApi(ipc: IpcRendererPort, platform: string): DesignerApi {
  const namespaces: Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>> = {};
  for (const { namespace, method, channel } of listMethods()) {
    namespaces[namespace] ??= {};
    namespaces[namespace][method] = (...args: unknown[]) => ipc.invoke(channel, ...args);
  }
  for (const namespace of Object.values(namespaces)) Object.freeze(namespace);

  const on = (event: unknown, listener: unknown): (() => void) => {
    if (!isRendererEventName(event)) throw new Error(`Unknown event: ${String(event).slice(0, 100)}`);
    if (typeof listener !== 'function') throw new TypeError('The listener must be a function');
    const schema = rendererEvents[event];
    const forward = (_event: unknown, payload?: unknown) => {
      const parsed = schema.safeParse(payload);
      if (parsed.success) listener(parsed.data);
    };
    ipc.on(event, forward);
    return () => void ipc.removeListener(event, forward);
  };

  return Object.freeze({ ...namespaces, host: 'electron', platform, on }) as unknown as DesignerApi;
}
