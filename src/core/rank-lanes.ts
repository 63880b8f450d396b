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
  const n = lefts.length;
  const lanes = new Int32Array(n).fill(-1);
  const order = byRank(ranks);
  const taken: Lane[] = [];
  let count = 0;
  for (let k = 0; k < n; k++) {
    const i = order[k]!;
    const from = lefts[i]!;
    // Each extent keeps [left, right + gap) to itself, as the sweep does.
    const to = Math.max(from, rights[i]!) + gap;
    for (let lane = 0; lane < maxLanes; lane++) {
      const l = (taken[lane] ??= new Lane());
      if (!l.fits(from, to)) continue;
      l.put(from, to);
      lanes[i] = lane;
      count = Math.max(count, lane + 1);
      break;
    }
  }
  return { lanes, count };
}

/**
 * The positions of `ranks` from the best rank to the worst (equal ones in their order): the
 * ranks sorted as numbers, natively, and each found there, with no comparator call.
 */
function byRank(ranks: Float64Array): Uint32Array {
  const n = ranks.length;
  const sorted = Float64Array.from(ranks).sort();
  const order = new Uint32Array(n);
  const filled = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < ranks[i]!) lo = mid + 1;
      else hi = mid;
    }
    while (filled[lo]) lo++;
    filled[lo] = 1;
    order[lo] = i;
  }
  return order;
}

/** The extents in one lane, in order, none overlapping: their starts and ends side by side. */
class Lane {
  readonly starts: number[] = [];
  readonly ends: number[] = [];

  /** Where an extent starting at `from` goes among the others: after every one that starts before it. */
  #at(from: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid]! < from) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Whether [from, to) overlaps none of the lane's extents. */
  fits(from: number, to: number): boolean {
    const at = this.#at(from);
    if (at > 0 && this.ends[at - 1]! > from) return false;
    return at === this.starts.length || this.starts[at]! >= to;
  }

  put(from: number, to: number): void {
    const at = this.#at(from);
    this.starts.splice(at, 0, from);
    this.ends.splice(at, 0, to);
  }
}
