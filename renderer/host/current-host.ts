import { browserHost } from './browser-host';
import type { Host } from './host';

let host: Host = browserHost;

/** The host the renderer runs in; the Electron adapter replaces the browser one at start-up. */
export function currentHost(): Host {
  return host;
}

export function setHost(next: Host): void {
  host = next;
}
