import { readFile } from 'node:fs/promises';

/**
 * Koa middleware for the browser tests: answers that a real `src` server might give.
 *   /test-api/json?delay=MS&body=URLENCODED   JSON (or any text) after a delay
 *   /test-api/csv?body=URLENCODED[&type=T]    the body as text/csv (a spreadsheet), or as type T
 *   /test-api/text/NAME?body=URLENCODED       the body as text/plain, at any file name (e.g. sheet.csv)
 *   /test-api/status/CODE                     an error status
 *   /test-api/html                            an HTML page instead of JSON
 *   /test-api/empty                           an empty body
 *   /test-api/bom                             JSON with a byte-order mark
 *   /test-api/source?path=src/...             a source file as written (not compiled), for doc checks
 *   /test-api/source?path=dist/...            a built file as written (the dev server's esbuild rewrites some)
 *   /test-api/big?mib=N[&chunked=1]           a JSON list of N MiB (chunked: without Content-Length)
 *   /test-api/log?tag=T                       what happened to requests that carried &tag=T:
 *                                             { started, aborted, answered }
 *   /test-api/hold?path=P&ms=MS[&status=S][&times=N]
 *                                             the next N (1) requests for the file at P (e.g. a part
 *                                             of the element) wait MS before they are answered, or fail
 *                                             with S; times=0 lets go of it
 * Any request may carry &tag=T; the log tells whether the browser hung up before the answer,
 * which is how the tests see on the server side that an old request really was aborted.
 */
const logs = new Map();
/** Held files by path: how long the next requests for each wait, the status they fail with, if any, and how many are held. */
const holds = new Map();

function logFor(tag) {
  if (!logs.has(tag)) logs.set(tag, { started: 0, aborted: 0, answered: 0 });
  return logs.get(tag);
}

/** Waits `ms`, or less if the client hangs up first; says whether it hung up. */
function waitOrHangUp(ctx, ms) {
  return new Promise((resolve) => {
    if (ms <= 0) return resolve(false);
    const timer = setTimeout(() => {
      ctx.res.off('close', onClose);
      resolve(false);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(true);
    };
    ctx.res.once('close', onClose);
  });
}

function bigBody(mib) {
  // One string per KiB keeps it valid JSON of a known size.
  const item = `"${'x'.repeat(1022)}"`;
  const count = Math.max(1, Math.round(mib * 1024));
  return `[${Array(count).fill(item).join(',')}]`;
}

export function testApi() {
  return async (ctx, next) => {
    const held = holds.get(ctx.path);
    if (held) {
      if (--held.times <= 0) holds.delete(ctx.path);
      await new Promise((resolve) => setTimeout(resolve, held.ms));
      if (held.status) {
        ctx.status = held.status;
        return;
      }
    }
    if (!ctx.path.startsWith('/test-api/')) return next();
    const [, , kind, arg] = ctx.path.split('/');
    ctx.set('Cache-Control', 'no-store');
    if (kind === 'hold') {
      const times = Number(ctx.query.times ?? 1);
      // times=0 lets go of the file: a test file's holds must not reach the next file's page.
      if (times > 0) holds.set(String(ctx.query.path), { ms: Math.min(Number(ctx.query.ms ?? 0), 10000), status: Number(ctx.query.status ?? 0), times });
      else holds.delete(String(ctx.query.path));
      ctx.body = 'held';
      return;
    }
    if (kind === 'log') {
      ctx.type = 'application/json';
      ctx.body = JSON.stringify(logFor(String(ctx.query.tag)));
      return;
    }
    const log = ctx.query.tag ? logFor(String(ctx.query.tag)) : undefined;
    if (log) log.started++;
    const hungUp = await waitOrHangUp(ctx, Math.min(Number(ctx.query.delay ?? 0), 10000));
    if (hungUp || ctx.res.destroyed) {
      if (log) log.aborted++;
      ctx.status = 499;
      return;
    }
    if (log) log.answered++;
    switch (kind) {
      case 'json':
        ctx.type = 'application/json';
        ctx.body = String(ctx.query.body ?? '[]');
        return;
      case 'csv':
        ctx.type = String(ctx.query.type ?? 'text/csv');
        ctx.body = String(ctx.query.body ?? '');
        return;
      case 'text':
        ctx.type = 'text/plain';
        ctx.body = String(ctx.query.body ?? '');
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
        if (!/^(src\/[\w./-]+\.ts|dist\/[\w.-]+\.(js|map))$/.test(path) || path.includes('..')) {
          ctx.status = 400;
          return;
        }
        ctx.type = 'text/plain';
        ctx.body = await readFile(path, 'utf8');
        return;
      }
      case 'big': {
        const body = Buffer.from(bigBody(Number(ctx.query.mib ?? 1)));
        ctx.type = 'application/json';
        if (ctx.query.chunked) {
          const { Readable } = await import('node:stream');
          ctx.body = Readable.from(chunks(body));
        } else {
          ctx.body = body;
        }
        return;
      }
      default:
        ctx.status = 404;
    }
  };
}

function* chunks(buffer) {
  for (let i = 0; i < buffer.length; i += 1 << 20) yield buffer.subarray(i, i + (1 << 20));
}
