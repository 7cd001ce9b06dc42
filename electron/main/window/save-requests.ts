import { randomUUID } from 'node:crypto';

/**
 * Saves main asks the renderer for (the user chose Save when closing), each answered by
 * `app.closeAfterSave` with the same request id.
 */
export class SaveRequests {
  private readonly pending = new Map<string, (saved: boolean) => void>();

  /** Resolves to whether the renderer saved; false at once when the request could not be sent. */
  request(send: (requestId: string) => boolean): Promise<boolean> {
    const requestId = randomUUID();
    return new Promise<boolean>((resolve) => {
      this.pending.set(requestId, resolve);
      if (!send(requestId)) this.answer(requestId, false);
    });
  }

  /** An answer to a request nobody made is ignored. */
  answer(requestId: string, saved: boolean): void {
    const resolve = this.pending.get(requestId);
    this.pending.delete(requestId);
    resolve?.(saved);
  }

  /** The renderer is gone: nothing will be saved. */
  abandonAll(): void {
    for (const requestId of [...this.pending.keys()]) this.answer(requestId, false);
  }
}
