/** The policy of a strict news site: nothing inline, no eval, Trusted Types for every script sink. */
export const STRICT_CSP = "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Koa middleware: serves the pages under /test/pages/csp/ with the strict policy as a header. */
export function strictCsp() {
  return async (ctx, next) => {
    await next();
    if (ctx.path.startsWith('/test/pages/csp/')) ctx.set('Content-Security-Policy', STRICT_CSP);
  };
}
