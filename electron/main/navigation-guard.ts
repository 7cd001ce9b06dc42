import { APP_ORIGIN } from './app-protocol';

/** Only the app's own pages may load in its window; everything else is refused. */
export function isAppUrl(url: string): boolean {
  try {
    const parsed = new URL(url);
    return `${parsed.protocol}//${parsed.host}` === APP_ORIGIN;
  } catch {
    return false;
  }
}
