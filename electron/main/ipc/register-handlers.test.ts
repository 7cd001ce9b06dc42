import { describe, expect, it, vi } from 'vitest';
import { MAX_URL_CHARS } from '../../../shared/ipc/contract';
import { eventFrom, fakeRegistry, fakeWindow } from '../testing/fakes';
import { registerHandlers } from './register-handlers';

function setup() {
  const { ipc, registry, refused, windows } = fakeRegistry();
  windows.add(fakeWindow(1));
  const openExternal = vi.fn(async (_context: unknown, url: string) => url.startsWith('https://'));
  const stop = registerHandlers(registry, 'shell', { openExternal });
  return { ipc, refused, openExternal, stop };
}

describe('registerHandlers', () => {
  it('hands parsed arguments and the sender to the handler and returns its result', async () => {
    const { ipc, openExternal } = setup();
    await expect(ipc.invoke('app:shell.openExternal', eventFrom(1), 'https://github.com/')).resolves.toBe(true);
    expect(openExternal).toHaveBeenCalledWith({ sender: { id: 1 } }, 'https://github.com/');
  });

  it.each([
    ['a wrong type', [42]],
    ['a missing argument', []],
    ['an extra argument', ['https://github.com/', 'more']],
    ['a huge string', ['https://github.com/'.padEnd(MAX_URL_CHARS + 1, 'a')]],
    ['an object instead of a string', [{ toString: 'https://github.com/' }]],
  ])('refuses %s before the handler runs', async (_case, args) => {
    const { ipc, openExternal, refused } = setup();
    await expect(ipc.invoke('app:shell.openExternal', eventFrom(1), ...args)).rejects.toThrow(/app:shell\.openExternal refused: invalid arguments/);
    expect(openExternal).not.toHaveBeenCalled();
    expect(refused).toHaveLength(1);
  });

  it('keeps the refusal short and free of the payload', async () => {
    const { ipc } = setup();
    const secret = 'S3CR3T'.repeat(1000);
    const error = await ipc.invoke('app:shell.openExternal', eventFrom(1), secret).catch((e: Error) => e);
    expect(String(error)).not.toContain('S3CR3T');
    expect(String(error).length).toBeLessThan(500);
  });

  it.each([
    ['another origin', eventFrom(1, 'https://evil.example/')],
    ['a file:// page', eventFrom(1, 'file:///tmp/index.html')],
    ['another app:// host', eventFrom(1, 'app://other/index.html')],
    ['a subframe of the app', eventFrom(1, 'app://lambda-designer/index.html', { url: 'app://lambda-designer/' })],
    ['web contents that are not an app window', eventFrom(7)],
    ['a frame that is gone', { sender: { id: 1 }, senderFrame: null }],
  ])('refuses a message from %s', async (_case, event) => {
    const { ipc, openExternal } = setup();
    await expect(ipc.invoke('app:shell.openExternal', event, 'https://github.com/')).rejects.toThrow(/did not come from the app/);
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('checks what the handler returns against the contract', async () => {
    const { ipc, registry, windows } = fakeRegistry();
    windows.add(fakeWindow(1));
    registerHandlers(registry, 'shell', { openExternal: async () => 'yes' as unknown as boolean });
    await expect(ipc.invoke('app:shell.openExternal', eventFrom(1), 'https://github.com/')).rejects.toThrow();
  });

  it('needs a handler for every method of the namespace, and can remove them all', () => {
    const { registry, ipc } = fakeRegistry();
    expect(() => registerHandlers(registry, 'backup', { write: async () => undefined } as never)).toThrow(/No handler for app:backup\.discard/);
    const stop = registerHandlers(registry, 'shell', { openExternal: async () => true });
    expect([...ipc.handlers.keys()]).toContain('app:shell.openExternal');
    stop();
    expect(ipc.handlers.has('app:shell.openExternal')).toBe(false);
  });
});
