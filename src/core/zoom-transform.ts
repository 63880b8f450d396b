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
  rail?: { toPx: (ms: number) => number; toMs?: (px: number) => number };
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

/**
 * The window a gesture shows on the vertical rail. d3-zoom keeps the pointer over the time a
 * linear scale puts there; with a cut-short stretch on screen that is not the time drawn there
 * (a pointer on a card after the break held a time inside the break, and the cards flew off the
 * screen as the window closed in on it; a drag moved them faster than the pointer). Here
 * `anchor`, the time drawn under the pointer as the gesture began, goes to `to` (px down the
 * rail, where the pointer or the fingers are now), with d3-zoom's scale `k`. The new rail is not
 * known before it is laid out: the anchor goes where it would be drawn if the rail bent time
 * about it as it does now, and a drift the last move left is taken back by the next. Without a
 * rail or an anchor, d3-zoom's window.
 */
export function railZoomedView(at: ZoomFrame, x: number, y: number, k: number, anchor?: number, to?: number): View {
  const { rail, view, length } = at;
  if (!rail?.toMs || anchor === undefined || to === undefined) return zoomedView(at, x, y, k);
  const [v0, v1] = view;
  const span = v1 - v0;
  const factor = k / zoomPlace(at).k;
  // A pan keeps the rail's breaks, and a share more of the window takes the anchor further down
  // it than a share of its length where breaks are on screen (the time they leave out is drawn
  // nowhere): the drift is taken back in that measure, or a drag would overshoot and swing.
  // Inside a break (months in 44 px) it counts as one, as it does for a zoom, whose breaks
  // narrow and go as the window closes in.
  const h = span * 1e-6;
  const bend = factor === 1 ? Math.max(1, ((rail.toPx(anchor + h) - rail.toPx(anchor - h)) / (2 * h)) * (span / length)) : 1;
  const share = (anchor - v0) / span + (to - rail.toPx(anchor)) / length / bend;
  return zoomView(view, factor, anchor, Math.min(1, Math.max(0, share)));
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
