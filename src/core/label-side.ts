import type { MarkerKind } from './model.js';

/** What decides where a label goes beside its marker: the view's width, the gap between marker and label. */
export interface SideOptions {
  /** Width of the visible area in px. */
  width: number;
  /** Space between a marker and its label, and inside a band before its label. */
  labelGap: number;
}

/**
 * Where a label of width `w` starts beside its marker [x0, x1]: after a point, flipped before it
 * where the right edge would cut it; inside a band from its start (or the view's), flipped to
 * end at the band's end. A label that fits on neither side stays inside the view: a whole title
 * matters more than keeping clear of its own marker.
 */
export function labelStart(kind: MarkerKind, x0: number, x1: number, w: number, o: SideOptions): number {
  const clamp = (x: number) => Math.max(0, Math.min(x, o.width - w));
  if (kind === 'point') {
    const right = x1 + o.labelGap;
    const left = x0 - o.labelGap - w;
    if (right + w <= o.width) return right;
    return left >= 0 ? left : clamp(right);
  }
  // A band's label starts inside it, and stays in view when the band begins off to the left.
  const inside = Math.max(x0, 0) + o.labelGap;
  if (inside + w <= o.width) return inside;
  const flipped = Math.min(x1, o.width) - o.labelGap - w;
  return flipped >= 0 ? flipped : clamp(inside);
}

/**
 * What an event must have free in a lane when only a lower bound `least` of its label's width is
 * known (its title without the date line): `spans` are extents of which the event's whole extent
 * (marker and label) covers at least one, in the cases a label of `least` px or wider can fall in
 * (beside the marker, flipped); `room` is how long the event is at least if its label ends up
 * kept inside the view on neither side (it then covers its marker and is at least that long).
 * A lane with none of these free cannot take the event, whatever its label's width: the layout
 * rules it out without writing its date (most of a crowded view's events).
 */
export interface LabelReach {
  spans: [number, number][];
  room: number;
}

export function labelReach(kind: MarkerKind, x0: number, x1: number, least: number, o: SideOptions): LabelReach {
  const spans: [number, number][] = [];
  if (kind === 'point') {
    const right = x1 + o.labelGap;
    // After the marker: only a label that fits there goes there, and then it is at least `least` wide.
    if (right + least <= o.width) spans.push([x0, right + least]);
    const left = x0 - o.labelGap - least;
    if (left >= 0) spans.push([left, x1]);
    // Kept inside the view: the label was too wide for either side.
    return { spans, room: Math.max(least, o.width - right, x0 - o.labelGap) };
  }
  const inside = Math.max(x0, 0) + o.labelGap;
  if (inside + least <= o.width) spans.push([Math.min(x0, inside), Math.max(x1, inside + least)]);
  const end = Math.min(x1, o.width) - o.labelGap;
  if (end - least >= 0) spans.push([Math.min(x0, end - least), Math.max(x1, end)]);
  return { spans, room: Math.max(least, o.width - inside, end) };
}
