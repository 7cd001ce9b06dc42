// The few parts of Electron's IPC that the handlers use, so they run under plain Node in tests.

export interface SenderFrame {
  readonly url: string;
  /** null for the top frame of a page. */
  readonly parent: unknown;
}

export interface Sender {
  readonly id: number;
}

export interface InvokeEvent {
  readonly sender: Sender;
  readonly senderFrame: SenderFrame | null;
}

export interface IpcMainPort {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
  removeHandler(channel: string): void;
}
