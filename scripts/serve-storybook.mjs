import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { slowSrc } from '../.storybook/slow-src.mjs';

/**
 * `npm run serve-storybook [PORT]`: serves the built storybook-static/ on 127.0.0.1 (default
 * port 6007), with the slow `src` of the "Loading" story. The stories test and the README's
 * screenshot use it too.
 */
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.map': 'application/json; charset=utf-8',
};

export function serveStorybook(root = 'storybook-static', port = 6007) {
  const base = resolve(root);
  const slow = slowSrc();
  const server = createServer((req, res) => {
    slow(req, res, () => {
      let path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      // Browsers ask for /favicon.ico on their own; Storybook ships an SVG one.
      if (path === '/favicon.ico') path = '/favicon.svg';
      let file = normalize(join(base, path));
      if (!file.startsWith(base)) {
        res.writeHead(403).end();
        return;
      }
      try {
        if (statSync(file).isDirectory()) file = join(file, 'index.html');
        statSync(file);
      } catch {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
        return;
      }
      res.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-store' });
      createReadStream(file).pipe(res);
    });
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolvePromise(server));
  });
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const port = Number(process.argv[2] ?? 6007);
  await serveStorybook('storybook-static', port);
  console.log(`storybook-static on http://127.0.0.1:${port}/`);
}
