import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, createAppRequestHandler, resolveAppUrl } from './app-protocol';

describe('resolveAppUrl', () => {
  const root = '/opt/app/dist/renderer';
  it('serves index.html for the root and files inside the folder', () => {
    expect(resolveAppUrl(root, `${APP_ORIGIN}/`)).toBe(`${root}/index.html`);
    expect(resolveAppUrl(root, `${APP_ORIGIN}/assets/index.js`)).toBe(`${root}/assets/index.js`);
    expect(resolveAppUrl(root, `${APP_ORIGIN}/assets/a%20b.svg`)).toBe(`${root}/assets/a b.svg`);
  });
  it('refuses traversal, other hosts and broken URLs', () => {
    // The URL parser resolves plain dot segments first, so they cannot climb out of the folder.
    expect(resolveAppUrl(root, `${APP_ORIGIN}/../../etc/passwd`)).toBe(`${root}/etc/passwd`);
    // An encoded slash survives URL parsing and would climb out once decoded.
    expect(resolveAppUrl(root, `${APP_ORIGIN}/assets/..%2f..%2f..%2fetc/passwd`)).toBeNull();
    expect(resolveAppUrl(root, `${APP_ORIGIN}/%E0%A4%A`)).toBeNull();
    expect(resolveAppUrl(root, 'app://evil/index.html')).toBeNull();
    expect(resolveAppUrl(root, 'https://example.com/index.html')).toBeNull();
    expect(resolveAppUrl(root, `${APP_ORIGIN}/a%00.js`)).toBeNull();
    expect(resolveAppUrl(root, 'not a url')).toBeNull();
  });
});

describe('Content Security Policy', () => {
  it('is the same in renderer/index.html as in the app:// handler and the web server', async () => {
    const html = readFileSync(new URL('../../renderer/index.html', import.meta.url), 'utf8');
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(html)?.[1];
    // frame-ancestors only works as a header; browsers ignore it (with a warning) in a meta tag.
    const withoutHeaderOnly = CONTENT_SECURITY_POLICY.split('; ').filter((d) => !d.startsWith('frame-ancestors')).join('; ');
    expect(meta).toBe(withoutHeaderOnly);
    // @ts-expect-error plain JavaScript module without types
    const { CONTENT_SECURITY_POLICY: served } = await import('../../scripts/serve.mjs');
    expect(served).toBe(CONTENT_SECURITY_POLICY);
  });

  it('allows inline styles and nothing else from outside the app', () => {
    expect(CONTENT_SECURITY_POLICY).toContain("style-src 'self' 'unsafe-inline'");
    expect(CONTENT_SECURITY_POLICY).toContain("script-src 'self';");
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
  });
});

describe('app:// request handler', () => {
  const root = '/opt/app/dist/renderer';
  const files: Record<string, string> = { [`${root}/index.html`]: '<!doctype html>', [`${root}/assets/index.js`]: 'export {}' };
  const handler = createAppRequestHandler(root, async (path) => {
    const text = files[path];
    if (text === undefined) throw Object.assign(new Error('ENOENT'), { code: 'ENOENT' });
    return Buffer.from(text);
  });
  const get = (path: string, method = 'GET') => handler(new Request(`${APP_ORIGIN}${path}`, { method }));

  it('serves the build with its content type and the Content Security Policy', async () => {
    const page = await get('/');
    expect(page.status).toBe(200);
    expect(await page.text()).toBe('<!doctype html>');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const script = await get('/assets/index.js');
    expect(script.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });

  it('puts the policy on errors too, and refuses traversal, missing files and writes', async () => {
    for (const response of [await get('/assets/..%2f..%2f..%2fetc/passwd'), await get('/missing.js'), await get('/', 'POST')]) {
      expect(response.status).toBeGreaterThanOrEqual(400);
      expect(response.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    }
    expect((await get('/', 'POST')).status).toBe(405);
    expect((await get('/missing.js')).status).toBe(404);
  });

  it('answers HEAD without a body', async () => {
    const head = await get('/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
