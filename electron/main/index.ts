import { app, net, protocol } from 'electron';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { APP_SCHEME, CONTENT_SECURITY_POLICY, contentTypeOf, resolveAppUrl } from './app-protocol';
import { createMainWindow, preloadPathNextTo } from './window';

// Bundled to dist/electron/main.cjs; the renderer build sits beside it in dist/renderer.
const rendererRoot = join(__dirname, '..', 'renderer');

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);

app.enableSandbox();

async function serveApp(request: Request): Promise<Response> {
  const file = resolveAppUrl(rendererRoot, request.url);
  if (!file) return new Response('Not found', { status: 404 });
  const response = await net.fetch(pathToFileURL(file).toString());
  if (!response.ok) return new Response('Not found', { status: 404 });
  return new Response(response.body, {
    status: 200,
    headers: { 'content-type': contentTypeOf(file), 'content-security-policy': CONTENT_SECURITY_POLICY, 'x-content-type-options': 'nosniff' },
  });
}

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.whenReady().then(() => {
    protocol.handle(APP_SCHEME, serveApp);
    let window = createMainWindow(preloadPathNextTo(__dirname));
    app.on('second-instance', () => {
      if (window.isMinimized()) window.restore();
      window.focus();
    });
    app.on('activate', () => {
      if (window.isDestroyed()) window = createMainWindow(preloadPathNextTo(__dirname));
    });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
}
