import { assignLaneSpans } from './lanes.js';
import type { Era, Reference } from './model.js';

/** An era placed for a frame: its band along the time axis and the lane of its label in the strip. */
export interface PlacedEra {
  era: Era;
  /** Along the time axis, in px of the frame (clipped to a little beyond the view). */
  from: number;
  to: number;
  /** The label's lane in the strip above the plot (0 at the top). */
  lane: number;
}

export interface PlacedReference {
  reference: Reference;
  at: number;
  lane: number;
}

export interface Backdrop {
  eras: PlacedEra[];
  references: PlacedReference[];
  /** How many label lanes the strip has. */
  lanes: number;
}

const GAP = 8;

/**
 * The eras and reference lines of a view, and a strip of label lanes for their titles above
 * the plot: labels never sit among the items, so an era's title never covers an item's, and
 * labels that would overlap stack into lanes (overlapping eras share the strip thinly).
 * `labelWidth` is the px a title takes; pure.
 */
export function placeBackdrop(
  eras: readonly Era[],
  references: readonly Reference[],
  toPx: (ms: number) => number,
  length: number,
  labelWidth: (title: string) => number,
): Backdrop {
  const margin = 64;
  const shownEras = eras
    .map((era) => ({ era, from: Math.max(-margin, toPx(era.start)), to: Math.min(length + margin, toPx(era.end)) }))
    .filter((e) => e.to > 0 && e.from < length);
  const shownRefs = references.map((reference) => ({ reference, at: toPx(reference.at) })).filter((r) => r.at >= 0 && r.at <= length);
  // Each label starts at its band's visible start (or its line) and is as wide as its title.
  const labels = [
    ...shownEras.map((e) => ({ x0: Math.max(0, e.from), x1: Math.max(0, e.from) + labelWidth(e.era.title) + GAP })),
    ...shownRefs.map((r) => ({ x0: r.at, x1: r.at + labelWidth(r.reference.title) + GAP })),
  ];
  const { lanes, count } = assignLaneSpans(Float64Array.from(labels, (l) => l.x0), Float64Array.from(labels, (l) => l.x1));
  return {
    eras: shownEras.map((e, i) => ({ ...e, lane: lanes[i]! })),
    references: shownRefs.map((r, i) => ({ ...r, lane: lanes[shownEras.length + i]! })),
    lanes: count,
  };
}
