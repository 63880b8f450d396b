import { ZOOM_LIMITS, ZOOM_OUT_OF_FIT, zoomView, type View } from './view.js';

/**
 * The window as d3-zoom holds it: a transform against the fitted window (`base`), which scale 1
 * shows across the chart's `length` (px along time; `breadth` across it). The element keeps the
 * window in time; d3-zoom's wheel, drag and pinch move this transform, read back as a window.
 */
export interface ZoomFrame {
  base: View;
  view: View;
  length: number;
  breadth: number;
  /** Time runs down the page: the transform moves along y. */
  vertical: boolean;
  /**
   * The vertical rail (core/rail.ts): time to px down it and back, not linear where it cuts a
   * long empty stretch short.
   */
  rail?: { toPx: (ms: number) => number; toMs?: (px: number) => number; railAt?: (view: View) => (ms: number) => number };
}

/** Where d3-zoom's transform stands: the extent it maps, its scale limits, and the transform. */
export interface ZoomPlace {
  extent: [[number, number], [number, number]];
  scaleExtent: [number, number];
  x: number;
  y: number;
  k: number;
}

/** The transform that shows `at.view`, with the zoom limits as scale limits. */
export function zoomPlace(at: ZoomFrame): ZoomPlace {
  const { base, view, length, breadth, vertical } = at;
  const span = base[1] - base[0];
  const k = span / (view[1] - view[0]);
  const offset = (-k * (view[0] - base[0]) * length) / span;
  return {
    extent: vertical ? [[0, 0], [breadth, length]] : [[0, 0], [length, breadth]],
    scaleExtent: [Math.max(span / ZOOM_LIMITS.maxSpan, 1 / ZOOM_OUT_OF_FIT), span / ZOOM_LIMITS.minSpan],
    x: vertical ? 0 : offset,
    y: vertical ? offset : 0,
    k,
  };
}

/** The window a transform shows (its offset along time, `x` or `y`, and its scale `k`). */
export function zoomedView(at: ZoomFrame, x: number, y: number, k: number): View {
  const { base, length } = at;
  const offset = at.vertical ? y : x;
  const span = base[1] - base[0];
  const toTime = (px: number) => base[0] + (((px - offset) / k) * span) / length;
  return [toTime(0), toTime(length)];
}

/** How close to the pointer a gesture on the vertical rail brings its time, in px. */
const ON_RAIL = 0.25;
/** Rails laid out at most to find a gesture's window (one, where the rail is straight). */
const TRIES = 40;

/**
 * The window a gesture shows on the vertical rail. d3-zoom keeps the pointer over the time a
 * linear scale puts there; with a cut-short stretch on screen that is not the time drawn there
 * (a pointer on a card after the break held a time inside the break, and the cards flew off the
 * screen as the window closed in on it; a drag moved them faster than the pointer). Here
 * `anchor`, the time drawn under the pointer as the gesture began, goes to `to` (px down the
 * rail, where the pointer or the fingers are now), with d3-zoom's scale `k`: the window that
 * span is found where the rail laid out for it (`railAt`) draws the anchor there, its breaks and
 * the room at the story's ends as they come and go. Without that, where the anchor would be
 * drawn if the rail bent time about it as it does now. Without a rail or an anchor, d3-zoom's window.
 */
export function railZoomedView(at: ZoomFrame, x: number, y: number, k: number, anchor?: number, to?: number): View {
  const { rail, view, length } = at;
  if (!rail?.toMs || anchor === undefined || to === undefined) return zoomedView(at, x, y, k);
  const [v0, v1] = view;
  const span = v1 - v0;
  const factor = k / zoomPlace(at).k;
  // The anchor's share of the new window, within it while the pointer is on the rail; past an end
  // of the rail beyond it (a drag goes on moving the story when the pointer leaves the plot: held
  // within the window, the story stopped there). A linear rail puts it at `to / length`: twice
  // that leaves room for the rail's bends.
  const lo = Math.min(0, (2 * to) / length);
  const hi = Math.max(1, 1 + (2 * (to - length)) / length);
  // (Every share tried is held within them: the guess, the window's own, the bracket's steps.)
  const within = (share: number) => Math.min(hi, Math.max(lo, share));
  // (Zoomed from a window of the view's span that begins at the anchor: zoomView holds its anchor
  // inside the window it is given, and the pointer may have taken it out of this one.)
  const place = (share: number) => zoomView([anchor, anchor + span], factor, anchor, share);
  // A pan keeps the rail's breaks, and a share more of the window takes the anchor further down
  // it than a share of its length where breaks are on screen (the time they leave out is drawn
  // nowhere). Inside a break (months in 44 px) it counts as one, as it does for a zoom, whose
  // breaks narrow and go as the window closes in.
  const h = span * 1e-6;
  const bend = factor === 1 ? Math.max(1, ((rail.toPx(anchor + h) - rail.toPx(anchor - h)) / (2 * h)) * (span / length)) : 1;
  const guess = within((anchor - v0) / span + (to - rail.toPx(anchor)) / length / bend);
  const railAt = rail.railAt;
  if (!railAt) return place(guess);
  // The anchor's share of the new window: the more of the window lies above it, the further down
  // the rail it is drawn, but not everywhere alike (a break comes or goes as an item leaves the
  // window, and the rail jumps; an anchor inside a break moves with it): the share nearest the
  // window's own where the rail laid out for the new window draws the anchor at `to` (a gesture
  // moves on by little at a time; from the guess, a drag from inside a break leapt past a jump to
  // days earlier). Bracketed by steps that double, towards the guess, then found by regula falsi
  // (the Illinois kind). Where the guess is right (a straight rail) it takes one layout.
  // Where the rail jumps over `to` (a break that goes as an item leaves the window), no window
  // draws the anchor there: the search ends at the jump, and the window tried that came nearest
  // is taken (the last guess could be the far side of the jump, hundreds of px off).
  let best = guess;
  let bestMiss = Infinity;
  const miss = (share: number) => {
    const m = railAt(place(share))(anchor) - to;
    if (Math.abs(m) < bestMiss) [best, bestMiss] = [share, Math.abs(m)];
    return m;
  };
  const guessMiss = miss(guess);
  if (Math.abs(guessMiss) <= ON_RAIL) return place(guess);
  let near = within((anchor - v0) / span);
  let nearMiss = miss(near);
  if (Math.abs(nearMiss) <= ON_RAIL) return place(near);
  const way = nearMiss < 0 ? 1 : -1;
  let step = Math.max(1e-12, Math.abs(guess - near) / 4 || Math.abs(nearMiss) / length);
  let far = near;
  let farMiss = nearMiss;
  for (let i = 0; i < TRIES && Math.sign(farMiss) === Math.sign(nearMiss); i++) {
    [near, nearMiss] = [far, farMiss];
    if (near === (way > 0 ? hi : lo)) return place(near);
    far = within(near + way * step);
    farMiss = miss(far);
    step *= 2;
  }
  if (Math.sign(farMiss) === Math.sign(nearMiss)) return place(best);
  // Below (miss < 0) and above (miss > 0) the pointer.
  let [a, missA, b, missB] = nearMiss < 0 ? [near, nearMiss, far, farMiss] : [far, farMiss, near, nearMiss];
  let side = 0;
  let share = b - (missB * (b - a)) / (missB - missA);
  for (let i = 0; i < TRIES && missB > missA; i++) {
    const m = miss(share);
    if (Math.abs(m) <= ON_RAIL) break;
    if (m < 0) {
      [a, missA] = [share, m];
      if (side < 0) missB /= 2;
      side = -1;
    } else {
      [b, missB] = [share, m];
      if (side > 0) missA /= 2;
      side = 1;
    }
    share = b - (missB * (b - a)) / (missB - missA);
  }
  return place(best);
}

/**
 * The window a sideways wheel turn (a trackpad's swipe along the chart, Shift with a mouse wheel)
 * moves a horizontal chart to: `px` of the chart along time, to later times for a positive turn,
 * as a page scrolls to the right.
 */
export function wheelPannedView(at: ZoomFrame, px: number): View {
  const [v0, v1] = at.view;
  const by = (px * (v1 - v0)) / at.length;
  return [v0 + by, v1 + by];
}
