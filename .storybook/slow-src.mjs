/**
 * A request for a data file with `?delay=MS` is answered that much later (at most ten
 * minutes), so the "Loading" story shows a genuinely slow `src` without touching `fetch` in
 * the page. Used by `npm run storybook` (.storybook/middleware.js) and by the server of the
 * built Storybook (scripts/serve-storybook.mjs). A plain static host ignores the query and
 * answers at once: the story then shows the loading message only for a moment.
 */
export const MAX_DELAY_MS = 10 * 60 * 1000;

export function slowSrc() {
  return (req, res, next) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const delay = Number(url.searchParams.get('delay'));
    if (!url.pathname.startsWith('/data/') || !(delay > 0)) return next();
    const timer = setTimeout(next, Math.min(delay, MAX_DELAY_MS));
    // A page that navigates away closes the request; stop waiting for it.
    res.on('close', () => clearTimeout(timer));
  };
}
