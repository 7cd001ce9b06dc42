import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';
import csp from '../../shared/security/content-security-policy.json';

/** The app is served from this privileged scheme rather than file://. */
export const APP_SCHEME = 'app';
export const APP_ORIGIN = `${APP_SCHEME}://lambda-designer`;

/** Monaco and React Flow set inline styles; nothing else is allowed beyond the app itself. */
export const CONTENT_SECURITY_POLICY = csp.directives.join('; ');

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.ico': 'image/x-icon',
};

export function contentTypeOf(path: string): string {
  return CONTENT_TYPES[extname(path)] ?? 'application/octet-stream';
}

/**
 * The file inside `root` that an app:// URL names, or null for any other host, an undecodable
 * path, or a path that would leave the folder (../, encoded or not).
 */
export function resolveAppUrl(root: string, url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (`${parsed.protocol}//${parsed.host}` !== APP_ORIGIN) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (path.includes('\0')) return null;
  const relative = path === '/' || path === '' ? 'index.html' : path.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  const base = normalize(root);
  return full.startsWith(base.endsWith(sep) ? base : base + sep) ? full : null;
}

/** Headers on every app:// response, errors included. */
export function securityHeaders(contentType: string): Record<string, string> {
  return {
    'content-type': contentType,
    'content-security-policy': CONTENT_SECURITY_POLICY,
    'x-content-type-options': 'nosniff',
    'cross-origin-opener-policy': 'same-origin',
  };
}

const notFound = () => new Response('Not found', { status: 404, headers: securityHeaders('text/plain; charset=utf-8') });

/**
 * The app:// request handler (for `protocol.handle`): files of the renderer build, read-only, with
 * the Content Security Policy on every response; anything outside the folder is not found.
 */
export function createAppRequestHandler(root: string, read: (path: string) => Promise<Uint8Array> = readFile): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return new Response('Method not allowed', { status: 405, headers: securityHeaders('text/plain; charset=utf-8') });
    }
    const file = resolveAppUrl(root, request.url);
    if (!file) return notFound();
    let body: Uint8Array;
    try {
      body = await read(file);
    } catch {
      return notFound();
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), { status: 200, headers: securityHeaders(contentTypeOf(file)) });
  };
}
