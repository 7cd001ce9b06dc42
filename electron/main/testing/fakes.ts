// Stand-ins for Electron's IPC, dialogs and windows in unit tests (never bundled into the app).
import { APP_ORIGIN } from '../app-protocol';
import type { Dialogs, MessageOptions } from '../dialogs';
import type { IpcMainPort, InvokeEvent } from '../ipc/ports';
import type { IpcRegistry } from '../ipc/register-handlers';
import { RendererEvents } from '../ipc/renderer-events';
import { createSenderCheck } from '../ipc/sender-check';
import { AppWindows, type AppWindow, type EditTextAction } from '../window/app-windows';
import { SaveRequests } from '../window/save-requests';

type Listener = (event: InvokeEvent, ...args: unknown[]) => unknown;

export class FakeIpcMain implements IpcMainPort {
  readonly handlers = new Map<string, Listener>();

  handle(channel: string, listener: Listener): void {
    // Electron refuses a second handler for a channel; so does this fake.
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, listener);
  }

  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }

  /** What ipcRenderer.invoke would resolve or reject with. */
  async invoke(channel: string, event: InvokeEvent, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel);
    if (!handler) throw new Error(`No handler registered for '${channel}'`);
    return handler(event, ...args);
  }
}

/** A message from the top frame of web contents `id` showing `url`. */
export function eventFrom(id = 1, url = `${APP_ORIGIN}/index.html`, parent: unknown = null): InvokeEvent {
  return { sender: { id }, senderFrame: { url, parent } };
}

/** A dialog stand-in answering from a script; records every question. */
export class ScriptedDialogs implements Dialogs {
  readonly asked: MessageOptions[] = [];
  readonly savePrompts: Array<{ title: string; defaultPath: string }> = [];
  openAnswers: Array<string | null> = [];
  saveAnswers: Array<string | null> = [];
  /** Button indexes, in order; an unscripted question gets the cancel button. */
  askAnswers: number[] = [];

  async chooseFileToOpen(): Promise<string | null> {
    return this.openAnswers.shift() ?? null;
  }

  async chooseSavePath(_parent: unknown, options: { title: string; defaultPath: string }): Promise<string | null> {
    this.savePrompts.push({ title: options.title, defaultPath: options.defaultPath });
    return this.saveAnswers.shift() ?? null;
  }

  async ask(_parent: unknown, options: MessageOptions): Promise<number> {
    this.asked.push(options);
    return this.askAnswers.shift() ?? options.cancelId;
  }
}

export interface FakeWindow extends AppWindow {
  readonly sent: Array<{ channel: string; args: unknown[] }>;
  readonly titles: string[];
  readonly edits: EditTextAction[];
}

export function fakeWindow(id = 1): FakeWindow {
  const sent: FakeWindow['sent'] = [];
  const titles: string[] = [];
  const edits: EditTextAction[] = [];
  return {
    id,
    dialogParent: { windowId: id },
    events: new RendererEvents({ send: (channel, ...args) => sent.push({ channel, args }), isDestroyed: () => false }),
    saveRequests: new SaveRequests(),
    titleState: null,
    closing: false,
    showTitle: (state) => titles.push(state ? `${state.dirty ? '• ' : ''}${state.fileName}` : '(none)'),
    editText: (action) => edits.push(action),
    focus: () => undefined,
    sent,
    titles,
    edits,
  };
}

/** An IPC registry over a fake ipcMain, trusting the app pages of the given windows. */
export function fakeRegistry(windows: AppWindows = new AppWindows()): { ipc: FakeIpcMain; registry: IpcRegistry; refused: string[]; windows: AppWindows } {
  const ipc = new FakeIpcMain();
  const refused: string[] = [];
  const registry: IpcRegistry = { ipc, isTrustedSender: createSenderCheck((id) => windows.has(id)), onRefused: (channel, reason) => refused.push(`${channel}: ${reason}`) };
  return { ipc, registry, refused, windows };
}
