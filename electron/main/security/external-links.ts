import { MAX_URL_CHARS } from '../../../shared/ipc/contract';

/** The only sites the app sends the user to: AWS documentation and source code. */
export const EXTERNAL_HOSTS: ReadonlySet<string> = new Set(['docs.aws.amazon.com', 'aws.amazon.com', 'github.com']);

/**
 * The URL to hand to the OS's browser, or null: https only, an allowed host exactly (no look-alike
 * subdomains), no credentials, the default port.
 */
export function vetExternalUrl(url: unknown): string | null {
  if (typeof url !== 'string' || url.length > MAX_URL_CHARS) return null;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' || parsed.username || parsed.password || parsed.port) return null;
  return EXTERNAL_HOSTS.has(parsed.hostname) ? parsed.href : null;
}
