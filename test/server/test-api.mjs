import { readFile } from 'node:fs/promises';

/**
 * Koa middleware for the browser tests: answers that a real `src` server might give.
 *   /test-api/json?delay=MS&body=URLENCODED   JSON (or any text) after a delay
 *   /test-api/status/CODE                     an error status
 *   /test-api/html                            an HTML page instead of JSON
 *   /test-api/empty                           an empty body
 *   /test-api/bom                             JSON with a byte-order mark
 *   /test-api/source?path=src/...             a source file as written (not compiled), for doc checks
 */
export function testApi() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/test-api/')) return next();
    const delay = Number(ctx.query.delay ?? 0);
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 10000)));
    const [, , kind, arg] = ctx.path.split('/');
    ctx.set('Cache-Control', 'no-store');
    switch (kind) {
      case 'json':
        ctx.type = 'application/json';
        ctx.body = String(ctx.query.body ?? '[]');
        return;
      case 'status':
        ctx.status = Number(arg) || 500;
        ctx.type = 'text/plain';
        ctx.body = 'error';
        return;
      case 'html':
        ctx.type = 'text/html';
        ctx.body = '<!doctype html><title>Not found</title><p>Nothing here</p>';
        return;
      case 'empty':
        ctx.type = 'application/json';
        ctx.body = '';
        return;
      case 'bom':
        ctx.type = 'application/json';
        ctx.body = '\uFEFF[{"id":"a","title":"With BOM","date":"2024-11-18"}]';
        return;
      case 'source': {
        const path = String(ctx.query.path ?? '');
        if (!/^src\/[\w./-]+\.ts$/.test(path) || path.includes('..')) {
          ctx.status = 400;
          return;
        }
        ctx.type = 'text/plain';
        ctx.body = await readFile(path, 'utf8');
        return;
      }
      default:
        ctx.status = 404;
    }
  };
}
