import { browserHost } from './browser-host';
import { designerApi } from './designer-api';
import { createElectronHost } from './electron-host';
import type { Host } from './host';

const designer = designerApi();
let host: Host = designer ? createElectronHost(designer) : browserHost;

/** The host the renderer runs in: Electron when the preload exposed `window.designer`, else the browser. */
export function currentHost(): Host {
  return host;
}

export function setHost(next: Host): void {
  host = next;
}
