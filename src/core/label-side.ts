import type { MarkerKind } from './model.js';

/** What decides where a label goes beside its marker: the view's width, the gap between marker and label. */
export interface SideOptions {
  /** Width of the visible area in px. */
  width: number;
  /** Space between a marker and its label, and inside a band before its label. */
  labelGap: number;
}

/**
 * Where a label may start beside its marker [x0, x1], and where it may end when flipped to the
 * other side: after a point, inside a band from its start (or the view's, while the band
 * reaches into the view); flipped, before either. A band's label is flipped only when it is too
 * wide for the room after the band's start, so it is wider than the band too: ended at the
 * band's end, it would start before the band, whose start edge would cut through its words.
 */
function sides(kind: MarkerKind, x0: number, x1: number, o: SideOptions): [start: number, flippedEnd: number] {
  // A band across the view's start keeps its label in view; one that ended before the view
  // has its label after its end, as a point has, and leaves the view with it.
  return [(kind === 'point' ? x1 : Math.max(x0, Math.min(x1, 0))) + o.labelGap, x0 - o.labelGap];
}

/**
 * Where a label of width `w` starts beside its marker: on its own side, flipped where the right
 * edge would cut it there. A label that fits on neither side stays inside the view: a whole
 * title matters more than keeping clear of its own marker. So does one whose marker lies just
 * outside the view, beside an edge that would cut it: moved in whole (its date line says when),
 * not a fragment that no one can read; one wholly outside stays there.
 */
export function labelStart(kind: MarkerKind, x0: number, x1: number, w: number, o: SideOptions): number {
  const [start, flippedEnd] = sides(kind, x0, x1, o);
  const at = start + w <= o.width ? start : flippedEnd - w >= 0 ? flippedEnd - w : Math.max(0, Math.min(start, o.width - w));
  return at + w > 0 && at < o.width && w <= o.width ? Math.min(Math.max(at, 0), o.width - w) : at;
}

/**
 * What an event must have free in a lane when only a lower bound `least` of its label's width is
 * known (its title without the date line): `spans` holds extents (from, to, from, to) of which the
 * event's whole extent (marker and label) covers at least one, in the cases a label of `least` px
 * or wider can fall in (on its side, flipped); `room` is how long the event is at least if its
 * label ends up kept inside the view on neither side (it then covers its marker and is at least
 * that long). A lane with none of these free cannot take the event, whatever its label's width:
 * the layout rules it out without writing its date (most of a crowded view's events).
 */
export interface LabelReach {
  spans: number[];
  room: number;
}

/** Where labelReach writes: read at once, before the next call (it runs for thousands of events a frame). */
const reach: LabelReach = { spans: [], room: 0 };

export function labelReach(kind: MarkerKind, x0: number, x1: number, least: number, o: SideOptions): LabelReach {
  const [start, flippedEnd] = sides(kind, x0, x1, o);
  const spans = reach.spans;
  spans.length = 0;
  // Only a label that fits on a side goes there, and then it is at least `least` wide.
  if (start + least <= o.width) spans.push(Math.min(x0, start), Math.max(x1, start + least));
  if (flippedEnd - least >= 0) spans.push(Math.min(x0, flippedEnd - least), Math.max(x1, flippedEnd));
  // Kept inside the view: the label was too wide for either side.
  reach.room = Math.max(least, o.width - start, flippedEnd);
  return reach;
}
