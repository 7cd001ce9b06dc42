import { describe, expect, it } from 'vitest';
import { APP_ORIGIN, resolveAppUrl } from './app-protocol';

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
