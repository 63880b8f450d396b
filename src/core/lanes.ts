import { assignLanesByRank } from './rank-lanes.js';

/** An extent along the time axis, in pixels, that must not overlap another in the same lane. */
export interface Extent {
  alongStart: number;
  alongEnd: number;
}

/**
 * Stacks extents into lanes so that no two in one lane overlap (with `gap` pixels between),
 * each in order of start taking the lowest free lane: as few lanes as the most extents over
 * one point. Returns the lane of each extent and the number of lanes used. With `maxLanes`,
 * an extent that finds no free lane below it gets lane -1 (the caller clusters those).
 * O(n log n · lanes): each lane keeps its extents in order (rank-lanes.ts).
 */
export function assignLanes(extents: readonly Extent[], gap = 0, maxLanes = Infinity): { lanes: Int32Array; count: number } {
  const x0s = new Float64Array(extents.length);
  const x1s = new Float64Array(extents.length);
  extents.forEach((e, i) => {
    x0s[i] = e.alongStart;
    x1s[i] = e.alongEnd;
  });
  return assignLaneSpans(x0s, x1s, gap, maxLanes);
}

/**
 * assignLanes over extents given as two arrays of starts and ends (no object per extent):
 * in order of start (equal starts in their order), each in the lowest lane it fits in. That is
 * rank-lanes.ts with the starts as ranks: with every extent before it starting no later, a lane
 * fits when its last extent ended (with the gap) by this one's start, as in a sweep.
 */
export function assignLaneSpans(x0s: Float64Array, x1s: Float64Array, gap = 0, maxLanes = Infinity): { lanes: Int32Array; count: number } {
  return assignLanesByRank(x0s, x1s, x0s, gap, maxLanes);
}
