import { MinHeap } from './heap.js';

/** A horizontal extent in pixels that must not overlap another in the same lane. */
export interface Extent {
  x0: number;
  x1: number;
}

interface BusyLane {
  lane: number;
  end: number;
}

/**
 * Stacks extents into lanes so that no two in one lane overlap (with `gap` pixels between),
 * each taking the lowest free lane, in O(n log n): extents sorted by start, busy lanes kept
 * in a heap by end, free lanes in a heap by index. Returns the lane of each extent and the
 * number of lanes used. With `maxLanes`, an extent that finds no free lane below it gets
 * lane -1 (the caller clusters those).
 */
export function assignLanes(extents: readonly Extent[], gap = 0, maxLanes = Infinity): { lanes: Int32Array; count: number } {
  const n = extents.length;
  const order = Array.from({ length: n }, (_, i) => i);
  order.sort((a, b) => extents[a]!.x0 - extents[b]!.x0 || a - b);
  const lanes = new Int32Array(n);
  const busy = new MinHeap<BusyLane>((a, b) => a.end < b.end || (a.end === b.end && a.lane < b.lane));
  const free = new MinHeap<number>((a, b) => a < b);
  let count = 0;
  for (const i of order) {
    const { x0, x1 } = extents[i]!;
    while (busy.size > 0 && busy.peek()!.end + gap <= x0) free.push(busy.pop()!.lane);
    if (free.size === 0 && count >= maxLanes) {
      lanes[i] = -1;
      continue;
    }
    const lane = free.size > 0 ? free.pop()! : count++;
    lanes[i] = lane;
    busy.push({ lane, end: Math.max(x0, x1) });
  }
  return { lanes, count };
}
