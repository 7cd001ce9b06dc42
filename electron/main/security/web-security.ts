import { isAppUrl } from '../navigation-guard';

/**
 * Permissions the page may have: writing plain text to the clipboard (Monaco's Copy) from the app's
 * own page. Camera, microphone, notifications, geolocation, reading the clipboard... are refused.
 */
export function allowsPermission(permission: string, requestingUrl: string): boolean {
  return permission === 'clipboard-sanitized-write' && isAppUrl(requestingUrl);
}

const NETWORK_OR_FILE = new Set(['http:', 'https:', 'ws:', 'wss:', 'ftp:', 'file:']);

/** The app works offline from app://: a request to the network or to file:// is cancelled. */
export function isBlockedRequest(url: string): boolean {
  try {
    return NETWORK_OR_FILE.has(new URL(url).protocol);
  } catch {
    return true;
  }
}

/** The window may only (re)load the app's own pages. */
export function allowsNavigation(url: string): boolean {
  return isAppUrl(url);
}
