/** A visible window of time, in epoch ms: [start, end]. */
export type View = readonly [number, number];

const MINUTE = 60_000;

/** The instants a JavaScript Date (and luxon) can hold: ±100,000,000 days around 1970. */
export const DATE_LIMIT_MS = 8.64e15;
/**
 * The instants a window can reach: the range of dates less 1e8 ms (a day and nearly four hours)
 * at either end, more than any zone's offset has ever been (Manila's 15 h 56 min before 1845).
 * luxon works out an instant's wall-clock time in the zone shown, and at the very first instant
 * that time lies before the range in a zone behind UTC (at the last, after it in a zone ahead):
 * `start` or `end` was written as "", and the axis lost its ticks.
 */
export const VIEW_LIMIT_MS = 8.6399999e15;

/**
 * How far one can zoom: from a minute (items are dated to the minute, or the second; the axis
 * then ticks seconds) to the whole range of dates. A limit longer than a story's fitted window
 * made every zoom into a story minutes apart a zoom out to the limit; one shorter than the
 * fitted window of a long story (a thousand years, until December 2026) made the zoom-out key
 * and the wheel zoom into a story of 2,000 years, and `zoomTo` cut its window to the limit.
 */
export const ZOOM_LIMITS = { minSpan: MINUTE, maxSpan: 2 * VIEW_LIMIT_MS } as const;

/**
 * How far a reader zooms out (the wheel, a pinch, the zoom-out button and key): to this many
 * times the window that shows every item, no further. Beyond, the items shrank into one column
 * of pixels at a span of a million years and more, and zooming in again about the middle of the
 * range of dates (1970) led away from them. `zoomTo` and `start`/`end` still reach any window.
 */
export const ZOOM_OUT_OF_FIT = 1000;

/** Whether an instant can be written as a date at all. */
export function isDrawableInstant(ms: number): boolean {
  return Number.isFinite(ms) && Math.abs(ms) <= DATE_LIMIT_MS;
}

/**
 * Keeps the centre of a view and brings its span within the zoom limits, then moves it
 * inside the range of dates: a window past year 275,760 could not be written to `start`/`end`.
 */
export function clampView([start, end]: View, limits = ZOOM_LIMITS): View {
  const span = Math.min(limits.maxSpan, Math.max(limits.minSpan, end - start));
  let from = span === end - start ? start : (start + end) / 2 - span / 2;
  from = Math.min(VIEW_LIMIT_MS - span, Math.max(-VIEW_LIMIT_MS, from));
  return from === start && span === end - start ? [start, end] : [from, from + span];
}

/** Where a zoom keeps an instant: `[instant, share of the new view]` (by default the share it has now). */
export type ZoomAnchor = readonly [number, number?];

/**
 * Zooms a view by `factor` (> 1 zooms in) around the instant `anchor`, which ends up at `share`
 * of the new view: by default where it was, so that it stays in place. An instant outside the
 * view counts as the nearer end (a focused period that began before it): zooming in stays
 * inside the view.
 */
export function zoomView([start, end]: View, factor: number, at = (start + end) / 2, share?: number): View {
  const anchor = Math.min(end, Math.max(start, at));
  const before = ((share ?? (anchor - start) / (end - start)) * (end - start)) / factor;
  return clampView([anchor - before, anchor - before + (end - start) / factor]);
}

/**
 * The instant the zoom-in button zooms about: the middle of the view, unless the middle half (the
 * window it reaches) holds no item; then the point of the item on screen nearest the middle
 * (its start or its end), which stays where it is on screen (undefined: the middle). Pressed in
 * an empty stretch of a story, + led on to an empty chart with nothing to say where the items were.
 */
export function zoomInAnchor([a, b]: View, items: readonly { start: number; end: number; kind?: string }[]): number | undefined {
  const mid = (a + b) / 2;
  let best = Infinity;
  let at: number | undefined;
  for (const item of items) {
    const { start } = item;
    // A point's marker is at its start, a day's too: its end may be on screen without it.
    const end = item.kind === 'point' ? start : item.end;
    if (end < a || start > b) continue;
    const point = start > mid ? start : end < mid ? end : mid;
    const away = Math.abs(point - mid);
    if (away < best) {
      best = away;
      at = point;
    }
  }
  return best > (b - a) / 4 ? at : undefined;
}

/**
 * Moves a view just enough that [from, to] is inside it, with 5 % of its span to spare; a
 * view that already shows some of it stays (its label is laid out inside the view, so it reads
 * whole: a click on an event near an edge must not shift the picture under the pointer). A
 * period that only touches the view's edge is not in it (its end is exclusive: a month window
 * showed none of May or July, and an outside harness's Home and End focused them there).
 */
export function panToInclude(view: View, from: number, to: number, whole?: boolean): View {
  const [start, end] = view;
  const span = end - start;
  const pad = span * 0.05;
  // `whole` (a key moved the focus to it): a period that fits is shown whole, not only the part
  // in view (an outside harness saw a day's band kept 60 of its 171 px in view, its ring cut).
  if (to > start && from < end && !(whole && to - from < span - 2 * pad && (from < start || to > end))) return view;
  if (to - from > span - 2 * pad) return [from - pad, from - pad + span];
  if (from < start + pad) return [from - pad, from - pad + span];
  if (to > end - pad) return [to + pad - span, to + pad];
  return view;
}

/** Whether two views show the same window, to within a millisecond per thousand of span. */
export function sameView(a: View | undefined, b: View | undefined): boolean {
  if (!a || !b) return a === b;
  const tolerance = Math.max(1, (a[1] - a[0]) / 1e6);
  return Math.abs(a[0] - b[0]) <= tolerance && Math.abs(a[1] - b[1]) <= tolerance;
}

/**
 * The view that start and end attributes ask for, before the zoom limits (clampView): both
 * given, exactly that window (none when it ends before it starts); one given, the current span
 * moved to start or end there; none usable, undefined.
 */
export function viewFromRange(from: number | undefined, to: number | undefined, current: View | undefined): View | undefined {
  if (from !== undefined && to !== undefined) return to > from ? [from, to] : undefined;
  if (!current) return undefined;
  const span = current[1] - current[0];
  if (from !== undefined) return [from, from + span];
  if (to !== undefined) return [to - span, to];
  return undefined;
}
