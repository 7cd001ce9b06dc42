import { rendererEvents, type RendererEventName, type RendererEventPayload } from '../../../shared/ipc/contract';

/** The part of a WebContents that events are sent through. */
export interface EventTarget {
  send(channel: string, ...args: unknown[]): void;
  isDestroyed(): boolean;
}

/** No argument for events without a payload, the payload otherwise. */
export type PayloadArgs<E extends RendererEventName> = undefined extends RendererEventPayload<E> ? [] : [RendererEventPayload<E>];

/** Held back until the page listens, because the user asked for them before it had loaded. */
const HELD_UNTIL_READY: ReadonlySet<RendererEventName> = new Set(['file:openRequested']);

/**
 * Main → renderer events of one window. Until the page says it listens (`app.ready`), files to open are
 * held back and everything else is dropped; a reload starts over.
 */
export class RendererEvents {
  private ready = false;
  private held: Array<{ event: RendererEventName; payload: unknown }> = [];

  constructor(private readonly target: EventTarget) {}

  /** Sends (or holds) an event; false when it was dropped. Payloads are checked against the contract. */
  send<E extends RendererEventName>(event: E, ...args: PayloadArgs<E>): boolean {
    const checked: unknown = rendererEvents[event].parse((args as unknown[])[0]);
    if (this.target.isDestroyed()) return false;
    if (this.ready) {
      if (checked === undefined) this.target.send(event);
      else this.target.send(event, checked);
      return true;
    }
    if (!HELD_UNTIL_READY.has(event)) return false;
    this.held.push({ event, payload: checked });
    return true;
  }

  get isReady(): boolean {
    return this.ready;
  }

  markReady(): void {
    this.ready = true;
    const held = this.held;
    this.held = [];
    for (const { event, payload } of held) if (!this.target.isDestroyed()) this.target.send(event, payload);
  }

  /** The page is loading again: it must say it listens before it gets events. */
  reset(): void {
    this.ready = false;
  }
}
