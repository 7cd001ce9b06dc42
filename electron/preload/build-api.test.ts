import { describe, expect, it } from 'vitest';
import { listMethods } from '../../shared/ipc/contract';
import { buildDesignerApi, type IpcRendererPort } from './build-api';

type Listener = (event: unknown, ...args: unknown[]) => void;

function fakeIpcRenderer() {
  const invoked: unknown[][] = [];
  const listeners = new Map<string, Set<Listener>>();
  const port: IpcRendererPort = {
    invoke: async (channel, ...args) => {
      invoked.push([channel, ...args]);
      return `result of ${channel}`;
    },
    on: (channel, listener) => listeners.set(channel, (listeners.get(channel) ?? new Set()).add(listener)),
    removeListener: (channel, listener) => listeners.get(channel)?.delete(listener),
  };
  const emit = (channel: string, ...args: unknown[]) => listeners.get(channel)?.forEach((l) => l({ sender: 'ipcRenderer', ports: [] }, ...args));
  return { port, invoked, emit, listeners };
}

describe('window.designer', () => {
  it('has one function per contract method, invoking that method’s channel', async () => {
    const ipc = fakeIpcRenderer();
    const api = buildDesignerApi(ipc.port, 'linux') as unknown as Record<string, Record<string, (...args: unknown[]) => Promise<unknown>>>;
    for (const { namespace, method, channel } of listMethods()) {
      await expect(api[namespace]![method]!('arg')).resolves.toBe(`result of ${channel}`);
    }
    expect(ipc.invoked).toHaveLength(listMethods().length);
    expect(ipc.invoked[0]).toEqual(['app:design.open', 'arg']);
  });

  it('exposes nothing of ipcRenderer and cannot be changed', () => {
    const api = buildDesignerApi(fakeIpcRenderer().port, 'darwin');
    expect(Object.keys(api).sort()).toEqual(['app', 'backup', 'design', 'host', 'on', 'platform', 'shell']);
    expect(api.host).toBe('electron');
    expect(api.platform).toBe('darwin');
    expect(Object.isFrozen(api)).toBe(true);
    expect(Object.isFrozen(api.design)).toBe(true);
    expect(JSON.stringify(Object.values(api))).not.toContain('invoke');
  });

  it('delivers checked event payloads without the IPC event, until unsubscribed', () => {
    const ipc = fakeIpcRenderer();
    const api = buildDesignerApi(ipc.port, 'linux');
    const received: unknown[] = [];
    const stop = api.on('file:openRequested', (payload) => received.push(payload));
    ipc.emit('file:openRequested', { path: '/d/a.lambda.json' });
    ipc.emit('file:openRequested', { path: 42 });
    ipc.emit('file:openRequested', { path: '/d/b.lambda.json', extra: true });
    api.on('menu:save', (payload) => received.push(['save', payload]));
    ipc.emit('menu:save');
    stop();
    ipc.emit('file:openRequested', { path: '/d/c.lambda.json' });
    expect(received).toEqual([{ path: '/d/a.lambda.json' }, ['save', undefined]]);
  });

  it('refuses to listen to channels outside the contract', () => {
    const api = buildDesignerApi(fakeIpcRenderer().port, 'linux');
    const on = api.on as unknown as (event: string, listener: unknown) => unknown;
    expect(() => on('app:design.open', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('ELECTRON_BROWSER_REQUIRE', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('__proto__', () => undefined)).toThrow(/Unknown event/);
    expect(() => on('menu:save', 'not a function')).toThrow(/must be a function/);
  });
});
