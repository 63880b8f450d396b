import { assignLanesByRank } from './rank-lanes.js';
import type { Era, Reference } from './model.js';

/** An era placed for a frame: its band along the time axis and the lane of its label in the strip. */
export interface PlacedEra {
  era: Era;
  /** Along the time axis, in px of the frame (clipped to a little beyond the view). */
  from: number;
  to: number;
  /** The label's lane in the strip above the plot (0 at the top). */
  lane: number;
  /** Where its label starts, or ends when `before` (it ends at its mark instead of starting there). */
  labelAt: number;
  before: boolean;
}

export interface PlacedReference {
  reference: Reference;
  at: number;
  lane: number;
  labelAt: number;
  before: boolean;
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
  // Each label starts at its band's visible start (or its line) and is as wide as its title;
  // one that would run past the view's end ends at its mark instead, as an item's label is
  // flipped, or, wider than the room before the mark too, ends at the view's end.
  const label = (mark: number, title: string) => {
    const w = labelWidth(title);
    const before = mark + w > length && mark - w >= 0;
    const x0 = mark + w <= length ? mark : before ? mark - w : Math.max(0, length - w);
    return { x0, x1: x0 + w + GAP, before, at: before ? mark : x0 };
  };
  const labels = [...shownEras.map((e) => label(Math.max(0, e.from), e.era.title)), ...shownRefs.map((r) => label(r.at, r.reference.title))];
  // In order of start, each in the lowest free lane: as few lanes as the most titles over one point.
  const starts = Float64Array.from(labels, (l) => l.x0);
  const { lanes, count } = assignLanesByRank(starts, Float64Array.from(labels, (l) => l.x1), starts, 0, Infinity);
  const placed = (i: number) => ({ lane: lanes[i]!, labelAt: labels[i]!.at, before: labels[i]!.before });
  return {
    eras: shownEras.map((e, i) => ({ ...e, ...placed(i) })),
    references: shownRefs.map((r, i) => ({ ...r, ...placed(shownEras.length + i) })),
    lanes: count,
  };
}
