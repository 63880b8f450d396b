import type { Rail, RailBreak } from './rail.js';
import type { View } from './view.js';

/**
 * The vertical rail's map from time to px and back, piecewise linear: railScale (rail.ts) lays
 * out the segments (the rail's scale, breaks, runs at a scale of their own, squeezed room).
 */

/** A stretch of the rail at one scale, from `t0` ms after the view's start and `p0` px down the rail. */
export interface Segment {
  /** ms after the view's start. */
  t0: number;
  p0: number;
  /** px per ms in this segment. */
  k: number;
}

/**
 * The rail drawn by `segments` (in time and rail order). `before`: where a stretch cut short that
 * begins above the view's start begins (ms after the view's start, px down the rail, both below
 * zero), and the time before it at the rail's scale, as it would be drawn with it in view.
 */
export function piecewise(view: View, segments: readonly Segment[], breaks: RailBreak[], perMs: number, squeezed: { start: number; end: number }[], scaled: Rail['scaled'] = [], before?: Segment): Rail {
  const [v0] = view;
  const toPx = (ms: number): number => {
    const at = ms - v0;
    // (The cards of items that ended above the view slide out over the rail's top from there:
    // article.ts. At the cut stretch's own scale, one jumped back towards the top as it left.)
    if (before && at < before.t0) return before.p0 + (at - before.t0) * before.k;
    let lo = 0;
    let hi = segments.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segments[mid]!.t0 <= at) lo = mid;
      else hi = mid - 1;
    }
    const s = segments[lo]!;
    // Before the view's start the first segment's scale goes on (see `before`).
    return s.p0 + (at - s.t0) * s.k;
  };
  const toMs = (px: number): number => {
    // The segments in rail order are in time order too: the last that starts at or above px.
    let s = segments[0]!;
    for (const next of segments) if (next.p0 <= px) s = next;
    return v0 + s.t0 + (px - s.p0) / s.k;
  };
  return { toPx, toMs, breaks, perMs, squeezed, scaled };
}
