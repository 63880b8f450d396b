import { firstAtLeast } from './search.js';

/**
 * Lanes for extents when more overlap than `maxLanes` can hold: taken in order of rank, each
 * into the lowest lane where it overlaps nothing (with `gap` after each end), or into none
 * (-1: the caller counts it into a "+N" chip). A better ranked extent is never moved by a
 * worse one, so as the view zooms or pans the same extents keep their labels, and mostly
 * their lanes (the time-ordered sweep of lanes.ts reshuffles nearly every lane each step).
 *
 * O(n · maxLanes · log n): each lane keeps its extents in order, and a new one is checked
 * against its two neighbours there.
 */
export function assignLanesByRank(
  lefts: Float64Array,
  rights: Float64Array,
  ranks: Float64Array,
  gap: number,
  maxLanes: number,
): { lanes: Int32Array; count: number } {
  const lanes = new Int32Array(lefts.length).fill(-1);
  const taken = new RankLanes(maxLanes, gap);
  for (const i of rankOrder(ranks)) {
    const lane = taken.lowestFree(lefts[i]!, rights[i]!);
    if (lane < 0) continue;
    taken.put(lane, lefts[i]!, rights[i]!);
    lanes[i] = lane;
  }
  return { lanes, count: taken.count };
}

/**
 * The positions of `ranks` from the best rank to the worst (equal ones in their order): the
 * ranks sorted as numbers, natively, and each found there, with no comparator call. Equal ranks
 * share one first place in the sorted list, and a count per first place puts each after those
 * already in: O(n log n) even when every rank is the same (many items at one pixel), where
 * looking for the next free place one by one took seconds at 100,000.
 */
export function rankOrder(ranks: Float64Array): Uint32Array {
  const n = ranks.length;
  const sorted = new Float64Array(n);
  for (let i = 0; i < n; i++) sorted[i] = ranks[i]!;
  sorted.sort();
  // NaN sorts last and equals nothing, so a search cannot find it: the NaNs' place is after the rest.
  let firstNaN = n;
  while (firstNaN > 0 && isNaN(sorted[firstNaN - 1]!)) firstNaN--;
  const order = new Uint32Array(n);
  const placedAt = new Uint32Array(n);
  for (let i = 0; i < n; i++) {
    const rank = ranks[i]!;
    const lo = isNaN(rank) ? firstNaN : firstAtLeast(sorted, rank, firstNaN);
    const before = placedAt[lo]!;
    placedAt[lo] = before + 1;
    order[lo + before] = i;
  }
  return order;
}

/** Up to `maxLanes` lanes of extents; each extent keeps [left, right + gap) to itself, as the sweep of lanes.ts does. */
export class RankLanes {
  /** Per lane, its extents' starts and their ends with the gap, in order, none overlapping. */
  readonly #starts: number[][] = [];
  readonly #ends: number[][] = [];
  readonly #max: number;
  readonly #gap: number;
  /** Lanes that hold something. */
  count = 0;

  constructor(maxLanes: number, gap: number) {
    this.#max = maxLanes;
    // Extents exactly a gap apart fit, whatever the rounding of their px: a band that ends on a
    // point's day, in a layout counted from the view's start and in a stage counted from its own.
    this.#gap = gap - 1e-6;
  }

  /**
   * The lowest lane where [left, right] fits between its neighbours there, or -1 when none has
   * room. With `length`: only where the free room around it is long enough for an extent of that
   * length that covers [left, right] (what a label beside a marker needs, wherever it goes).
   */
  lowestFree(left: number, right: number, length = 0): number {
    const to = Math.max(left, right) + this.#gap;
    const room = length + this.#gap;
    for (let lane = 0; lane < this.#max; lane++) {
      const starts = this.#starts[lane];
      if (!starts) return lane;
      const at = this.#slot(lane, left);
      const from = at === 0 ? -Infinity : this.#ends[lane]![at - 1]!;
      const until = at === starts.length ? Infinity : starts[at]!;
      if (from <= left && until >= to && until - from >= room) return lane;
    }
    return -1;
  }

  /**
   * Where an extent starting at `left` goes in a lane: after every one that starts before it, and
   * after those that start there too but end there (empty ones, with no gap), which leave it room.
   */
  #slot(lane: number, left: number): number {
    const starts = this.#starts[lane]!;
    let at = firstAtLeast(starts, left);
    while (at < starts.length && starts[at] === left && this.#ends[lane]![at]! <= left) at++;
    return at;
  }

  put(lane: number, left: number, right: number): void {
    this.#starts[lane] ??= [];
    const at = this.#slot(lane, left);
    this.#starts[lane]!.splice(at, 0, left);
    (this.#ends[lane] ??= []).splice(at, 0, Math.max(left, right) + this.#gap);
    this.count = Math.max(this.count, lane + 1);
  }
}
