// Serves the built renderer on 127.0.0.1 for the browser host: `npm run web`, the e2e tests and the benchmarks.
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'renderer');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

export const CONTENT_SECURITY_POLICY = JSON.parse(
  readFileSync(join(dirname(fileURLToPath(import.meta.url)), '..', 'shared', 'security', 'content-security-policy.json'), 'utf8'),
).directives.join('; ');

/** Resolves a URL path inside the build folder; null for anything that would leave it. */
export function resolveAsset(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0] ?? '/');
  } catch {
    return null;
  }
  const relative = decoded === '/' ? 'index.html' : decoded.replace(/^\/+/, '');
  const full = normalize(join(root, relative));
  if (full !== root && !full.startsWith(root + sep)) return null;
  return full;
}

export function startServer(port = 0) {
  if (!existsSync(join(root, 'index.html'))) {
    throw new Error('dist/renderer/index.html is missing: run `npm run build` first');
  }
  const server = createServer((req, res) => {
    const file = req.method === 'GET' || req.method === 'HEAD' ? resolveAsset(req.url ?? '/') : null;
    if (!file || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(file ? 404 : 400, { 'content-type': 'text/plain' }).end(file ? 'Not found' : 'Bad request');
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': CONTENT_SECURITY_POLICY,
      'x-content-type-options': 'nosniff',
      'cache-control': 'no-cache',
    });
    if (req.method === 'HEAD') res.end();
    else createReadStream(file).pipe(res);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : port}/` });
    });
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const portArg = process.argv.indexOf('--port');
  const port = portArg > 0 ? Number(process.argv[portArg + 1]) : Number(process.env.PORT ?? 5199);
  const { url } = await startServer(port);
  console.log(`Lambda Designer is running at ${url}`);
}
