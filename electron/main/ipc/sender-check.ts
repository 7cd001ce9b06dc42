import { isAppUrl } from '../navigation-guard';
import type { InvokeEvent } from './ports';

/** Decides whether an IPC message comes from the app itself. */
export type SenderCheck = (event: InvokeEvent) => boolean;

/**
 * Trusts a message only from the top frame of one of the app's own windows showing an app:// page:
 * not from a subframe, another page the window was somehow sent to, or any other web contents.
 */
export function createSenderCheck(isAppWebContents: (id: number) => boolean): SenderCheck {
  return (event) => {
    const frame = event.senderFrame;
    if (!frame || frame.parent !== null) return false;
    return isAppUrl(frame.url) && isAppWebContents(event.sender.id);
  };
}
