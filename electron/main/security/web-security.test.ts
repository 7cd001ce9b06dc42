import { describe, expect, it } from 'vitest';
import { allowsNavigation, allowsPermission, isBlockedRequest } from './web-security';

describe('web security', () => {
  it('refuses every permission but writing text to the clipboard from the app', () => {
    expect(allowsPermission('clipboard-sanitized-write', 'app://lambda-designer/index.html')).toBe(true);
    expect(allowsPermission('clipboard-sanitized-write', 'app://lambda-designer')).toBe(true);
    expect(allowsPermission('clipboard-sanitized-write', 'https://evil.example/')).toBe(false);
    for (const permission of ['clipboard-read', 'media', 'geolocation', 'notifications', 'openExternal', 'fullscreen', 'hid', 'serial', 'usb']) {
      expect(allowsPermission(permission, 'app://lambda-designer/index.html'), permission).toBe(false);
    }
  });

  it('cancels requests to the network and to local files', () => {
    for (const url of ['https://example.com/x.js', 'http://127.0.0.1:5173/', 'wss://example.com/', 'file:///etc/passwd', 'ftp://x/']) expect(isBlockedRequest(url), url).toBe(true);
    for (const url of ['app://lambda-designer/assets/index.js', 'data:image/png;base64,AAAA', 'blob:app://lambda-designer/1234', 'devtools://devtools/bundled/inspector.html']) expect(isBlockedRequest(url), url).toBe(false);
    expect(isBlockedRequest('::not a url')).toBe(true);
  });

  it('lets the window load only the app’s own pages', () => {
    expect(allowsNavigation('app://lambda-designer/index.html')).toBe(true);
    expect(allowsNavigation('https://docs.aws.amazon.com/')).toBe(false);
    expect(allowsNavigation('file:///tmp/index.html')).toBe(false);
    expect(allowsNavigation('app://lambda-designer.evil/index.html')).toBe(false);
  });
});
