import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { APP_ORIGIN, CONTENT_SECURITY_POLICY, resolveAppUrl } from './app-protocol';

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
