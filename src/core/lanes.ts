import { BusyLanes, FreeLanes } from './heap.js';

/** A horizontal extent in pixels that must not overlap another in the same lane. */
export interface Extent {
  x0: number;
  x1: number;
}

/**
 * Stacks extents into lanes so that no two in one lane overlap (with `gap` pixels between),
 * each taking the lowest free lane, in O(n log n): extents sorted by start, busy lanes kept
 * in a heap by end, free lanes in a heap by index. Returns the lane of each extent and the
 * number of lanes used. With `maxLanes`, an extent that finds no free lane below it gets
 * lane -1 (the caller clusters those).
 */
export function assignLanes(extents: readonly Extent[], gap = 0, maxLanes = Infinity): { lanes: Int32Array; count: number } {
  const x0s = new Float64Array(extents.length);
  const x1s = new Float64Array(extents.length);
  extents.forEach((e, i) => {
    x0s[i] = e.x0;
    x1s[i] = e.x1;
  });
  return assignLaneSpans(x0s, x1s, gap, maxLanes);
}

/** assignLanes over extents given as two arrays of starts and ends (no object per extent). */
export function assignLaneSpans(x0s: Float64Array, x1s: Float64Array, gap = 0, maxLanes = Infinity): { lanes: Int32Array; count: number } {
  const n = x0s.length;
  const order = new Uint32Array(n);
  let sorted = true;
  for (let i = 0; i < n; i++) {
    order[i] = i;
    if (i > 0 && x0s[i]! < x0s[i - 1]!) sorted = false;
  }
  // Events arrive in time order, so their extents usually are already; sort only when not.
  if (!sorted) order.sort((a, b) => x0s[a]! - x0s[b]! || a - b);
  const lanes = new Int32Array(n);
  // There are never more lanes than extents, nor more than maxLanes.
  const capacity = Math.min(n, maxLanes) + 1;
  const busy = new BusyLanes(capacity);
  const free = new FreeLanes(capacity);
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const x0 = x0s[i]!;
    while (busy.firstEnd + gap <= x0) free.push(busy.pop());
    if (free.size === 0 && count >= maxLanes) {
      lanes[i] = -1;
      continue;
    }
    const lane = free.size > 0 ? free.pop() : count++;
    lanes[i] = lane;
    busy.push(lane, Math.max(x0, x1s[i]!));
  }
  return { lanes, count };
}
